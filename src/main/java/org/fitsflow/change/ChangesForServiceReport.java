package org.fitsflow.change;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.fitsflow.servicelevel.ReportedChanges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes carried out, as the monthly service report counts them: a recorded outcome (step 3) is what makes a
 * request a change made; a request rejected at either approval has none.
 */
@Component
class ChangesForServiceReport implements ReportedChanges {

	private final EntityManager entities;

	ChangesForServiceReport(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportedChange> carriedOut(String schoolId, Instant from, Instant to) {
		return entities.createQuery("select r.outcomeRecordedAt, r.outcome from RequestForChange r where r.schoolId = :school"
				+ " and r.outcomeRecordedAt >= :from and r.outcomeRecordedAt < :to and r.outcome is not null", Object[].class)
			.setParameter("school", schoolId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultStream()
			.map(r -> new ReportedChange((Instant) r[0], (String) r[1]))
			.toList();
	}
}
