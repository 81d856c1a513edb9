package org.fitsflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ApprovalTokensTest {

	private final ApprovalTokens tokens = new ApprovalTokens(
			new ApprovalProperties("a-secret-for-this-test-only-0123456789", Duration.ofDays(7)), java.time.Clock.systemUTC());

	@Test
	void aTokenSaysItsTaskDecisionRecipientAndExpiry() {
		String token = tokens.issue("task-1", "approve", "headteacher", 42L);
		ApprovalTokens.Token read = tokens.read(token).orElseThrow();
		assertThat(read.taskId()).isEqualTo("task-1");
		assertThat(read.decision()).isEqualTo("approve");
		assertThat(read.recipient()).isEqualTo("headteacher");
		assertThat(read.holding()).isEqualTo(42L);
		assertThat(read.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(5),
				Instant.now().plus(Duration.ofDays(7)).plusSeconds(5));
		assertThat(tokens.read(tokens.issue("task-1", "approve", "headteacher", 42L)).orElseThrow().tokenId())
			.isNotEqualTo(read.tokenId());
	}

	@Test
	void aFirstVersionToken_isReadWithoutARecipient_soItsLinkCanSayItNoLongerDecides() {
		String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
				("v1|token-1|task-1|approve|" + Instant.now().plusSeconds(60).getEpochSecond()).getBytes());
		ApprovalTokens.Token read = tokens.read(payload + "." + tokens.signatureOf(payload)).orElseThrow();
		assertThat(read.recipient()).isNull();
		assertThat(read.holding()).isNull();
	}

	@Test
	void alteredForgedOrMalformedTokens_areNotRead() {
		String token = tokens.issue("task-1", "approve", "headteacher", 42L);
		String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
		String rejectInstead = Base64.getUrlEncoder().withoutPadding().encodeToString(
				payload.replace("|approve|", "|reject|").getBytes());
		assertThat(tokens.read(rejectInstead + token.substring(token.indexOf('.')))).isEmpty();
		String someoneElse = Base64.getUrlEncoder().withoutPadding().encodeToString(
				payload.replace("|headteacher|", "|deputy|").getBytes());
		assertThat(tokens.read(someoneElse + token.substring(token.indexOf('.')))).isEmpty();
		ApprovalTokens otherSecret = new ApprovalTokens(
				new ApprovalProperties("another-secret-entirely-0123456789abc", Duration.ofDays(7)), java.time.Clock.systemUTC());
		assertThat(tokens.read(otherSecret.issue("task-1", "approve", "headteacher", 42L))).isEmpty();
		assertThat(tokens.read(null)).isEmpty();
		assertThat(tokens.read("not-a-token")).isEmpty();
		assertThat(tokens.read("a.b.c")).isEmpty();
		assertThat(tokens.read("%%%.***")).isEmpty();
	}

	@Test
	void expiredTokens_sayTheyHaveExpired() {
		ApprovalTokens.Token token = tokens.read(tokens.issue("task-1", "reject", "headteacher", 42L,
				Instant.now().minusSeconds(1))).orElseThrow();
		assertThat(token.expired(Instant.now())).isTrue();
	}

	@Test
	void outsideDemoMode_theServiceRefusesToStartWithoutAStrongSecret() {
		ApprovalSecretGuard guard = new ApprovalSecretGuard();
		assertThatThrownBy(() -> guard.postProcessEnvironment(new MockEnvironment(), null))
			.hasMessageContaining("FITS_APPROVAL_SECRET").hasMessageContaining("is not set");
		assertThatThrownBy(() -> guard.postProcessEnvironment(new MockEnvironment()
			.withProperty("fits.approvals.secret", "short"), null)).hasMessageContaining("shorter than 32");
		assertThatThrownBy(() -> guard.postProcessEnvironment(new MockEnvironment()
			.withProperty("fits.approvals.secret", "changeme"), null)).hasMessageContaining("well-known");
		assertThatThrownBy(() -> guard.postProcessEnvironment(new MockEnvironment()
			.withProperty("fits.approvals.secret", "change-me-to-a-long-random-string"), null))
			.hasMessageContaining("well-known");
		guard.postProcessEnvironment(new MockEnvironment().withProperty("fits.approvals.secret",
				"0123456789abcdefghij0123456789abcdefghij"), null);
		guard.postProcessEnvironment(new MockEnvironment().withProperty("fits.demo.enabled", "true"), null);
	}
}
