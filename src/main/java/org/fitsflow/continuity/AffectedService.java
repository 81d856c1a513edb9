package org.fitsflow.continuity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A service lost in an invocation: when its manual system went into use, when it was recovered and restored. */
@Entity
@Table(name = "invocation_service")
public class AffectedService {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "invocation_id")
	private Invocation invocation;
	@Column(name = "service_id", nullable = false)
	private Long serviceId;
	@Column(name = "service_name", nullable = false)
	private String serviceName;
	@Column(name = "manual_system_started_at")
	private Instant manualSystemStartedAt;
	@Column(name = "manual_system_started_by")
	private String manualSystemStartedBy;
	@Column(name = "recovery_done_at")
	private Instant recoveryDoneAt;
	@Column(name = "recovery_done_by")
	private String recoveryDoneBy;
	@Column(name = "restored_at")
	private Instant restoredAt;
	@Column(name = "restored_by")
	private String restoredBy;

	protected AffectedService() {
	}

	AffectedService(Invocation invocation, Long serviceId, String serviceName) {
		this.invocation = invocation;
		this.serviceId = serviceId;
		this.serviceName = serviceName;
	}

	void manualSystemStarted(Instant when, String by) {
		this.manualSystemStartedAt = when;
		this.manualSystemStartedBy = by;
	}

	void recoveryDone(Instant when, String by) {
		this.recoveryDoneAt = when;
		this.recoveryDoneBy = by;
	}

	void restored(Instant when, String by) {
		this.restoredAt = when;
		this.restoredBy = by;
	}

	/** Where the service stands, in words for staff. */
	public String state() {
		if (restoredAt != null) {
			return "restored";
		}
		if (recoveryDoneAt != null) {
			return "recovered, being checked";
		}
		return manualSystemStartedAt != null ? "being recovered; manual system in use" : "being recovered";
	}

	public Long getServiceId() { return serviceId; }
	public String getServiceName() { return serviceName; }
	public Instant getManualSystemStartedAt() { return manualSystemStartedAt; }
	public String getManualSystemStartedBy() { return manualSystemStartedBy; }
	public Instant getRecoveryDoneAt() { return recoveryDoneAt; }
	public String getRecoveryDoneBy() { return recoveryDoneBy; }
	public Instant getRestoredAt() { return restoredAt; }
	public String getRestoredBy() { return restoredBy; }
}
