package org.fitsflow.servicelevel;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One yearly review of the service catalogue (001, task 1, step 9): who listed the services and checked the list,
 * the meeting that agreed the catalogue, the version it agreed, and where the original was filed. One per school and
 * due date.
 */
@Entity
@Table(name = "catalogue_review")
public class CatalogueReview {

	public enum Status { LISTING, AGREED, PUBLISHED, FILED }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(nullable = false)
	private String reference;
	@Column(name = "process_instance_id")
	private String processInstanceId;
	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;
	@Column(name = "started_at", nullable = false)
	private Instant startedAt;
	@Column(name = "listed_by")
	private String listedBy;
	@Column(name = "list_checked_by")
	private String listCheckedBy;
	@Column(name = "agreed_by")
	private String agreedBy;
	@Column(name = "agreed_at")
	private Instant agreedAt;
	private String representatives;
	@Column(name = "catalogue_version_id")
	private Long catalogueVersionId;
	@Column(name = "filed_by")
	private String filedBy;
	@Column(name = "filed_at")
	private Instant filedAt;
	@Column(name = "filed_where")
	private String filedWhere;

	protected CatalogueReview() {
	}

	CatalogueReview(String schoolId, LocalDate dueOn, String processInstanceId, Instant startedAt) {
		this.schoolId = schoolId;
		this.dueOn = dueOn;
		this.reference = "CR-" + dueOn;
		this.processInstanceId = processInstanceId;
		this.startedAt = startedAt;
		this.status = Status.LISTING;
	}

	void listed(String by) {
		this.listedBy = by;
	}

	void listChecked(String by) {
		this.listCheckedBy = by;
	}

	void agreed(CatalogueVersion version, String representatives, String by, Instant at) {
		this.catalogueVersionId = version.getId();
		this.representatives = representatives;
		this.agreedBy = by;
		this.agreedAt = at;
		this.status = Status.AGREED;
	}

	void published() {
		this.status = Status.PUBLISHED;
	}

	void filed(String where, String by, Instant at) {
		this.filedWhere = where;
		this.filedBy = by;
		this.filedAt = at;
		this.status = Status.FILED;
	}

	public Long getId() { return id; }
	public String getSchoolId() { return schoolId; }
	public String getReference() { return reference; }
	public String getProcessInstanceId() { return processInstanceId; }
	public LocalDate getDueOn() { return dueOn; }
	public Status getStatus() { return status; }
	public Instant getStartedAt() { return startedAt; }
	public String getListedBy() { return listedBy; }
	public String getListCheckedBy() { return listCheckedBy; }
	public String getAgreedBy() { return agreedBy; }
	public Instant getAgreedAt() { return agreedAt; }
	public String getRepresentatives() { return representatives; }
	public Long getCatalogueVersionId() { return catalogueVersionId; }
	public String getFiledBy() { return filedBy; }
	public Instant getFiledAt() { return filedAt; }
	public String getFiledWhere() { return filedWhere; }
}
