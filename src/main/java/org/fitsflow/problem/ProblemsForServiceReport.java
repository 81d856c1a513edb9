package org.fitsflow.problem;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.fitsflow.servicelevel.ReportedProblems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The school's problems as the monthly service report counts them. */
@Component
class ProblemsForServiceReport implements ReportedProblems {

	private final EntityManager entities;

	ProblemsForServiceReport(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportedProblem> forServiceReport(String schoolId, Instant from, Instant to) {
		return entities.createQuery("select p.raisedAt, p.closedAt from Problem p where p.schoolId = :school"
				+ " and p.raisedAt < :to and (p.raisedAt >= :from or p.closedAt is null or p.closedAt >= :from)", Object[].class)
			.setParameter("school", schoolId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultStream()
			.map(r -> new ReportedProblem((Instant) r[0], (Instant) r[1]))
			.toList();
	}
}
