package org.fitsflow.incident;

import java.util.Optional;

/**
 * What Incident Management asks of Problem Management, which implements it: the known error on a service (an open
 * problem with a workaround, shown to first-level support) and raising or joining the problem behind an incident.
 * Declared here so that incidents do not depend on problems; problems depend on incidents.
 */
public interface UnderlyingProblems {

	/** An open problem with a recorded workaround: its reference and the workaround. */
	record KnownError(String problemReference, String workaround) {
	}

	/** The problem an incident was linked to: its id (kept on the incident) and reference. */
	record Link(Long problemId, String problemReference) {
	}

	/** The known error on the service or the asset, if an open problem there has a workaround. */
	Optional<KnownError> knownError(String schoolId, Long serviceId, String assetReference);

	/** Second-level support found an underlying problem: the open one on the same service or asset, or a new one. */
	Link raiseOrJoin(Incident incident, String raisedBy);
}
