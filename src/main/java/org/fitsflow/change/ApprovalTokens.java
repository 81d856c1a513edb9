package org.fitsflow.change;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs and reads the tokens in approval links:
 * {@code base64url(v2|tokenId|taskId|decision|expiresAt|recipient|holding)} and its HMAC-SHA256 under the configured
 * secret. A token is bound to one task, one decision and the ICT owner it was sent to (their user id and their
 * holding of the function, which ends at a hand-over) and says when it expires; changing any of that breaks the
 * signature. Single use is kept by {@link ApprovalLinks}. Tokens of the first version (v1, no recipient) are read so
 * that their links can say they no longer decide.
 */
@Component
public class ApprovalTokens {

	private static final Logger log = LoggerFactory.getLogger(ApprovalTokens.class);
	private static final String VERSION = "v2";
	private static final String FIRST_VERSION = "v1";
	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/**
	 * What a token says, once its signature has been checked. {@code recipient} and {@code holding} are null for a
	 * first-version token, which was not bound to its recipient.
	 */
	public record Token(String tokenId, String taskId, String decision, Instant expiresAt, String recipient,
			Long holding) {
		public boolean expired(Instant now) {
			return !now.isBefore(expiresAt);
		}
	}

	private final byte[] secret;
	private final ApprovalProperties properties;
	private final Clock clock;

	ApprovalTokens(ApprovalProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		if (properties.secret() == null || properties.secret().isBlank()) {
			// Only reachable in demo mode (ApprovalSecretGuard): links then stop working when the service restarts.
			byte[] random = new byte[48];
			new SecureRandom().nextBytes(random);
			this.secret = random;
			log.warn("DEMO MODE: approval links are signed with a random secret; set FITS_APPROVAL_SECRET to keep them "
					+ "working across restarts.");
		}
		else {
			this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A token for one decision on one task by one ICT owner (in their holding of the function), valid for the configured time. */
	public String issue(String taskId, String decision, String recipient, long holding) {
		return issue(taskId, decision, recipient, holding, clock.instant().plus(properties.linkValidFor()));
	}

	public String issue(String taskId, String decision, String recipient, long holding, Instant expiresAt) {
		String payload = String.join("|", VERSION, UUID.randomUUID().toString(), taskId, decision,
				Long.toString(expiresAt.getEpochSecond()), recipient, Long.toString(holding));
		String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return encoded + "." + signatureOf(encoded);
	}

	/** The token's content if its signature is ours; empty for anything forged, altered or malformed. */
	public Optional<Token> read(String token) {
		if (token == null || token.length() > 1000) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		String encoded = token.substring(0, dot);
		try {
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, sign(encoded))) {
				return Optional.empty();
			}
			String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|", -1);
			if (parts.length == 5 && FIRST_VERSION.equals(parts[0])) {
				return Optional.of(new Token(parts[1], parts[2], parts[3], Instant.ofEpochSecond(Long.parseLong(parts[4])),
						null, null));
			}
			if (parts.length != 7 || !VERSION.equals(parts[0])) {
				return Optional.empty();
			}
			return Optional.of(new Token(parts[1], parts[2], parts[3], Instant.ofEpochSecond(Long.parseLong(parts[4])),
					parts[5], Long.parseLong(parts[6])));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	/** The signature part of a token for this encoded payload. */
	String signatureOf(String encoded) {
		return ENCODER.encodeToString(sign(encoded));
	}

	public Instant now() {
		return clock.instant();
	}

	private byte[] sign(String encoded) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(encoded.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}
}
