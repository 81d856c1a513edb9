package org.fitsflow.problem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fitsflow.incident.Incident;
import org.fitsflow.incident.IncidentCategorised;
import org.fitsflow.incident.Incidents;
import org.fitsflow.incident.UnderlyingProblems;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem Management's side of incidents: it hears of every categorised fault or request, and links it to the open
 * problem on its service or asset, or raises a problem when that service or asset has had too many incidents within
 * the window ("incidents that occur time and time again", 003); and it answers Incident Management's questions
 * ({@link UnderlyingProblems}). Incidents are changed only through {@link Incidents}.
 */
@Component
@Transactional
class ProblemsFromIncidents implements UnderlyingProblems {

	private final Problems problems;
	private final Incidents incidents;
	private final ServiceCatalogue catalogue;
	private final ProblemProperties properties;
	private final Clock clock;

	ProblemsFromIncidents(Problems problems, @Lazy Incidents incidents, ServiceCatalogue catalogue,
			ProblemProperties properties, Clock clock) {
		this.clock = clock;
		this.problems = problems;
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.properties = properties;
	}

	/** In the transaction that categorised the incident, so the link and any new problem stand or fall with it. */
	@EventListener
	public void categorised(IncidentCategorised categorised) {
		Optional<Problem> open = problems.openOn(categorised.schoolId(), categorised.serviceId(), categorised.assetReference());
		if (open.isPresent()) {
			incidents.linkToProblem(categorised.schoolId(), categorised.reference(), open.get().getId());
			return;
		}
		if (categorised.serviceId() == null && categorised.assetReference() == null) {
			return;
		}
		Instant since = clock.instant().minus(properties.repeatWindow());
		List<Incident> repeats = new ArrayList<>(incidents.repeats(categorised.schoolId(), categorised.serviceId(),
				categorised.assetReference(), since));
		Incident incident = incidents.incident(categorised.schoolId(), categorised.reference());
		if (repeats.stream().noneMatch(i -> i.getId().equals(incident.getId()))) {
			repeats.add(incident);
		}
		if (repeats.size() < properties.repeatThreshold()) {
			return;
		}
		String on = categorised.serviceId() != null
				? "service '" + catalogue.service(categorised.schoolId(), categorised.serviceId()).getName() + "'"
				: "asset " + categorised.assetReference();
		Problem problem = problems.raiseFor(repeats, categorised.serviceId(), categorised.assetReference(),
				repeats.size() + " incidents on " + on + " within " + properties.repeatWindow().toDays() + " days: "
						+ String.join(", ", repeats.stream().map(Incident::getReference).toList()),
				Problem.Source.REPEATED_INCIDENTS, null);
		repeats.forEach(i -> incidents.linkToProblem(i.getSchoolId(), i.getReference(), problem.getId()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<KnownError> knownError(String schoolId, Long serviceId, String assetReference) {
		return problems.knownWorkaround(schoolId, serviceId, assetReference)
			.map(p -> new KnownError(p.getReference(), p.getWorkaround()));
	}

	@Override
	public Link raiseOrJoin(Incident incident, String raisedBy) {
		Problem problem = problems.openOn(incident.getSchoolId(), incident.getServiceId(), incident.getAssetReference())
			.orElseGet(() -> problems.raiseFor(List.of(incident), incident.getServiceId(), incident.getAssetReference(),
					"Underlying cause of " + incident.getReference() + ": " + incident.getDescription(),
					Problem.Source.SECOND_LEVEL_SUPPORT, raisedBy));
		return new Link(problem.getId(), problem.getReference());
	}
}
