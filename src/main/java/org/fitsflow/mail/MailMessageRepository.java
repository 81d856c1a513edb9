package org.fitsflow.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

	@Query("select m.id from MailMessage m where m.sentAt is null and m.nextAttemptAt <= ?1"
			+ " and (m.claimedUntil is null or m.claimedUntil < ?1) order by m.nextAttemptAt")
	List<Long> findDue(Instant now, Limit limit);

	/** Claims a message for this node; 1 if it won the claim, 0 if another node has it. */
	@Modifying
	@Query("update MailMessage m set m.claimedUntil = ?2 where m.id = ?1 and m.sentAt is null"
			+ " and (m.claimedUntil is null or m.claimedUntil < ?3)")
	int claim(Long id, Instant until, Instant now);

	/** An administrator's "try again now": every waiting message becomes due. */
	@Modifying
	@Query("update MailMessage m set m.nextAttemptAt = ?1 where m.sentAt is null")
	int makeAllDue(Instant now);

	List<MailMessage> findBySentAtIsNullOrderByCreatedAt();

	List<MailMessage> findTop100BySentAtIsNotNullOrderBySentAtDesc();
}
