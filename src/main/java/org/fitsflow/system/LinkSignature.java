package org.fitsflow.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs what an e-mailed link carries, so the link is its own credential: {@code base64url(payload).base64url(HMAC)}
 * with HMAC-SHA256 under a key derived from the configured secret and the link's purpose, so a link made for one
 * purpose is never valid for another. What the payload says (whom it is for, until when) is the caller's to check.
 */
public final class LinkSignature {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
	/** Longer than any token we issue: refused before any work. */
	private static final int MAX_LENGTH = 1000;

	private final byte[] key;

	/** A signature for one purpose ({@code "reporter-answer"}) under the secret. */
	public LinkSignature(byte[] secret, String purpose) {
		this.key = hmac(secret, purpose.getBytes(StandardCharsets.UTF_8));
	}

	public String sign(String payload) {
		String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return encoded + "." + ENCODER.encodeToString(hmac(key, encoded.getBytes(StandardCharsets.US_ASCII)));
	}

	/** The payload if the token was signed with this key and purpose; empty for anything forged, altered or malformed. */
	public Optional<String> read(String token) {
		if (token == null || token.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		String encoded = token.substring(0, dot);
		try {
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, hmac(key, encoded.getBytes(StandardCharsets.US_ASCII)))) {
				return Optional.empty();
			}
			return Optional.of(new String(DECODER.decode(encoded), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}
}
