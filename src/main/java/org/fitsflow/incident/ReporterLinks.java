package org.fitsflow.incident;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fitsflow.change.ApprovalProperties;
import org.fitsflow.system.FitsProperties;
import org.fitsflow.system.LinkSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The two links of the e-mail that tells a reporter their incident is resolved: "it is fixed" and "it is still not
 * working". Each is signed (with the approval links' secret, for another purpose), names the incident, the
 * resolution it answers, the answer and the reporter, and expires when the reopening window closes. Opening one only
 * shows the incident; {@link ReporterAnswers} decides on the confirming POST.
 */
@Component
class ReporterLinks {

	private static final Logger log = LoggerFactory.getLogger(ReporterLinks.class);
	static final String PATH = "/incidents/answer";
	private static final String VERSION = "r1";

	/** What a link says, once its signature has been checked. */
	record Token(String schoolId, String reference, int resolution, ReporterAnswer answer, String reporter,
			Instant expiresAt) {
		boolean expired(Instant now) {
			return !now.isBefore(expiresAt);
		}
	}

	private final LinkSignature signature;
	private final FitsProperties properties;

	ReporterLinks(ApprovalProperties approvals, FitsProperties properties) {
		this.properties = properties;
		byte[] secret;
		if (approvals.secret() == null || approvals.secret().isBlank()) {
			// Only reachable in demo mode (ApprovalSecretGuard): links then stop working when the service restarts.
			secret = new byte[48];
			new SecureRandom().nextBytes(secret);
			log.warn("DEMO MODE: the reporter's links are signed with a random secret; set FITS_APPROVAL_SECRET to keep "
					+ "them working across restarts.");
		}
		else {
			secret = approvals.secret().getBytes(StandardCharsets.UTF_8);
		}
		this.signature = new LinkSignature(secret, "reporter-answer");
	}

	/** The links for the incident's current resolution, valid until the reopening window closes: confirmUrl, reopenUrl. */
	Map<String, String> links(Incident incident, Instant until) {
		return Map.of("confirmUrl", url(incident, ReporterAnswer.CONFIRMED, until),
				"reopenUrl", url(incident, ReporterAnswer.REOPENED, until));
	}

	private String url(Incident incident, ReporterAnswer answer, Instant until) {
		String payload = String.join("|", VERSION, UUID.randomUUID().toString(), incident.getSchoolId(),
				incident.getReference(), Integer.toString(incident.currentResolution().getNumber()), answer.formValue(),
				incident.getReportedBy(), Long.toString(until.getEpochSecond()));
		return properties.baseUrl() + PATH + "?token=" + signature.sign(payload);
	}

	/** The link's content if it is ours and unaltered; empty otherwise. */
	Optional<Token> read(String token) {
		return signature.read(token).flatMap(payload -> {
			String[] parts = payload.split("\\|", -1);
			if (parts.length != 8 || !VERSION.equals(parts[0])) {
				return Optional.empty();
			}
			try {
				return Optional.of(new Token(parts[2], parts[3], Integer.parseInt(parts[4]),
						org.fitsflow.system.process.FormValue.of(ReporterAnswer.class, "answer", parts[5]), parts[6],
						Instant.ofEpochSecond(Long.parseLong(parts[7]))));
			}
			catch (IllegalArgumentException malformed) {
				return Optional.empty();
			}
		});
	}
}
