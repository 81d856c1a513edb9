package org.fitsflow.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An approval link that has been used; its id is the primary key, so a second use cannot be stored. */
@Entity
@Table(name = "approval_link_use")
class ApprovalLinkUse {

	@Id
	@Column(name = "token_id")
	private String tokenId;

	@Column(name = "task_id", nullable = false)
	private String taskId;

	@Column(nullable = false)
	private String decision;

	@Column(name = "used_at", nullable = false)
	private Instant usedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	protected ApprovalLinkUse() {
	}

	ApprovalLinkUse(ApprovalTokens.Token token, Instant usedAt) {
		this.tokenId = token.tokenId();
		this.taskId = token.taskId();
		this.decision = token.decision();
		this.usedAt = usedAt;
		this.expiresAt = token.expiresAt();
	}

	Instant getUsedAt() {
		return usedAt;
	}
}
