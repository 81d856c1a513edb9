package org.fitsflow.continuity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

/**
 * The contingency plan (001 task 4): contacts for key staff and suppliers with telephone numbers (it is used when
 * e-mail and the network may be down), the manual systems for the most important services, whom people contact for
 * progress, the recovery team and the communications plan, with a reference to maintenance's disaster-recovery plan
 * (002). Kept by version: the yearly review works on a draft, and issuing it makes it the plan in force.
 */
@Entity
@Table(name = "contingency_plan")
@DynamicUpdate // the ICT owner and maintenance review their parts at the same time: each writes only what it changed
public class ContingencyPlan {

	public enum Status { DRAFT, ISSUED, SUPERSEDED }

	/** What the ICT owner keeps in the plan, checked by {@link ContingencyPlans}. */
	public record Contents(String progressContact, Duration updateInterval, List<ContingencyContact.Details> contacts,
			List<ManualSystem.Details> manualSystems, List<Communication.Details> communications) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(nullable = false)
	private int version;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	@Column(name = "progress_contact")
	private String progressContact;
	@Column(name = "update_interval", nullable = false)
	private String updateInterval;
	@Column(name = "recovery_plan_reference")
	private String recoveryPlanReference;
	@Column(name = "recovery_plan_location")
	private String recoveryPlanLocation;
	@Column(name = "recovery_plan_reviewed_by")
	private String recoveryPlanReviewedBy;
	@Column(name = "recovery_plan_reviewed_at")
	private Instant recoveryPlanReviewedAt;
	@Column(name = "updated_by", nullable = false)
	private String updatedBy;
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;
	@Column(name = "issued_by")
	private String issuedBy;
	@Column(name = "issued_at")
	private Instant issuedAt;
	@Column(name = "offsite_copy_replaced_by")
	private String offsiteCopyReplacedBy;
	@Column(name = "offsite_copy_replaced_at")
	private Instant offsiteCopyReplacedAt;
	@Column(name = "offsite_copy_where")
	private String offsiteCopyWhere;
	@Column(name = "filed_by")
	private String filedBy;
	@Column(name = "filed_at")
	private Instant filedAt;
	@Column(name = "filed_where")
	private String filedWhere;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("lineNo")
	private List<ContingencyContact> contacts = new ArrayList<>();
	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("lineNo")
	private List<ManualSystem> manualSystems = new ArrayList<>();
	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("lineNo")
	private List<Communication> communications = new ArrayList<>();

	protected ContingencyPlan() {
	}

	/** A new draft: the next version, starting from what the plan in force says (or nothing, the first time). */
	ContingencyPlan(String schoolId, int version, ContingencyPlan from, Duration defaultInterval, String by, Instant now) {
		this.schoolId = schoolId;
		this.version = version;
		this.status = Status.DRAFT;
		this.updatedBy = by;
		this.updatedAt = now;
		if (from == null) {
			this.updateInterval = defaultInterval.toString();
			return;
		}
		this.recoveryPlanReference = from.recoveryPlanReference;
		this.recoveryPlanLocation = from.recoveryPlanLocation;
		replace(from.contents(), by, now);
	}

	void reviewedBy(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void replace(Contents contents, String by, Instant now) {
		this.progressContact = contents.progressContact();
		this.updateInterval = contents.updateInterval().toString();
		contacts.clear();
		manualSystems.clear();
		communications.clear();
		int line = 0;
		for (ContingencyContact.Details c : contents.contacts()) {
			contacts.add(new ContingencyContact(this, ++line, c));
		}
		line = 0;
		for (ManualSystem.Details m : contents.manualSystems()) {
			manualSystems.add(new ManualSystem(this, ++line, m));
		}
		line = 0;
		for (Communication.Details c : contents.communications()) {
			communications.add(new Communication(this, ++line, c));
		}
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/** Maintenance's disaster-recovery plan, prepared and reviewed for the services it maintains (002). */
	void recoveryPlanReviewed(String reference, String location, String by, Instant now) {
		this.recoveryPlanReference = reference;
		this.recoveryPlanLocation = location;
		this.recoveryPlanReviewedBy = by;
		this.recoveryPlanReviewedAt = now;
	}

	void issued(String by, Instant now) {
		this.status = Status.ISSUED;
		this.issuedBy = by;
		this.issuedAt = now;
	}

	void superseded() {
		this.status = Status.SUPERSEDED;
	}

	void offsiteCopyReplaced(String where, String by, Instant now) {
		this.offsiteCopyWhere = where;
		this.offsiteCopyReplacedBy = by;
		this.offsiteCopyReplacedAt = now;
	}

	void filed(String where, String by, Instant now) {
		this.filedWhere = where;
		this.filedBy = by;
		this.filedAt = now;
	}

	public Contents contents() {
		return new Contents(progressContact, getUpdateInterval(),
				contacts.stream().map(ContingencyContact::details).toList(),
				manualSystems.stream().map(ManualSystem::details).toList(),
				communications.stream().map(Communication::details).toList());
	}

	/** The recovery team members (001: the plan is issued to them). */
	public List<ContingencyContact> recoveryTeam() {
		return contacts.stream().filter(ContingencyContact::isRecoveryTeam).toList();
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public int getVersion() { return version; }
	public Status getStatus() { return status; }
	public String getProcessInstanceId() { return processInstanceId; }
	public String getProgressContact() { return progressContact; }
	public Duration getUpdateInterval() { return Duration.parse(updateInterval); }
	public String getRecoveryPlanReference() { return recoveryPlanReference; }
	public String getRecoveryPlanLocation() { return recoveryPlanLocation; }
	public String getRecoveryPlanReviewedBy() { return recoveryPlanReviewedBy; }
	public Instant getRecoveryPlanReviewedAt() { return recoveryPlanReviewedAt; }
	public String getUpdatedBy() { return updatedBy; }
	public Instant getUpdatedAt() { return updatedAt; }
	public String getIssuedBy() { return issuedBy; }
	public Instant getIssuedAt() { return issuedAt; }
	public String getOffsiteCopyReplacedBy() { return offsiteCopyReplacedBy; }
	public Instant getOffsiteCopyReplacedAt() { return offsiteCopyReplacedAt; }
	public String getOffsiteCopyWhere() { return offsiteCopyWhere; }
	public String getFiledBy() { return filedBy; }
	public Instant getFiledAt() { return filedAt; }
	public String getFiledWhere() { return filedWhere; }
	public List<ContingencyContact> getContacts() { return contacts; }
	public List<ManualSystem> getManualSystems() { return manualSystems; }
	public List<Communication> getCommunications() { return communications; }
}
