package org.fitsflow.incident;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.fitsflow.servicelevel.ReportedIncidents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The school's incidents as the monthly service report counts them, read by the indexes on its moments. */
@Component
class IncidentsForServiceReport implements ReportedIncidents {

	private final EntityManager entities;

	IncidentsForServiceReport(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportedIncident> forServiceReport(String schoolId, Instant from, Instant to) {
		return entities.createQuery("select i.loggedAt, i.resolvedAt, i.reopenedAt, i.category, i.priority, i.serviceId,"
				+ " i.responseTarget, i.responseTargetMet, i.fixTarget, i.fixTargetMet from Incident i"
				+ " where i.schoolId = :school and i.loggedAt < :to and (i.loggedAt >= :from or i.resolvedAt is null"
				+ " or i.resolvedAt >= :from or i.reopenedAt >= :from or i.responseTarget >= :from or i.fixTarget >= :from)",
				Object[].class)
			.setParameter("school", schoolId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultStream()
			.map(r -> new ReportedIncident((Instant) r[0], (Instant) r[1], (Instant) r[2],
					r[3] == IncidentCategory.NEW_REQUIREMENT, (Integer) r[4], (Long) r[5], (Instant) r[6], (Boolean) r[7],
					(Instant) r[8], (Boolean) r[9]))
			.toList();
	}
}
