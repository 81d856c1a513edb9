package org.fitsflow.change;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApprovalLinkUseRepository extends JpaRepository<ApprovalLinkUse, String> {

	/** A link past its expiry is refused anyway, so its use need not be remembered. */
	@Modifying
	@Query("delete from ApprovalLinkUse u where u.expiresAt < ?1")
	int forgetExpired(Instant now);
}
