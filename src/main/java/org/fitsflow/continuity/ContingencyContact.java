package org.fitsflow.continuity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fitsflow.system.process.FormValueColumn;

/** A key member of staff or a supplier in the contingency plan, reachable by telephone; perhaps on the recovery team. */
@Entity
@Table(name = "contingency_contact")
public class ContingencyContact {

	/** A contact as the plan lists it; {@code userId} links a member of staff to their login, if they have one. */
	public record Details(ContactKind kind, String name, String role, String organisation, String telephone,
			String otherTelephone, String email, boolean recoveryTeam, String userId) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private ContingencyPlan plan;
	@Column(name = "line_no", nullable = false)
	private int lineNo;
	@Column(nullable = false)
	@Convert(converter = KindColumn.class)
	private ContactKind kind;
	@Column(nullable = false)
	private String name;
	@Column(nullable = false)
	private String role;
	private String organisation;
	@Column(nullable = false)
	private String telephone;
	@Column(name = "other_telephone")
	private String otherTelephone;
	private String email;
	@Column(name = "recovery_team", nullable = false)
	private boolean recoveryTeam;
	@Column(name = "user_id")
	private String userId;

	protected ContingencyContact() {
	}

	ContingencyContact(ContingencyPlan plan, int lineNo, Details details) {
		this.plan = plan;
		this.lineNo = lineNo;
		this.kind = details.kind();
		this.name = details.name();
		this.role = details.role();
		this.organisation = details.organisation();
		this.telephone = details.telephone();
		this.otherTelephone = details.otherTelephone();
		this.email = details.email();
		this.recoveryTeam = details.recoveryTeam();
		this.userId = details.userId();
	}

	Details details() {
		return new Details(kind, name, role, organisation, telephone, otherTelephone, email, recoveryTeam, userId);
	}

	public ContactKind getKind() { return kind; }
	public String getName() { return name; }
	public String getRole() { return role; }
	public String getOrganisation() { return organisation; }
	public String getTelephone() { return telephone; }
	public String getOtherTelephone() { return otherTelephone; }
	public String getEmail() { return email; }
	public boolean isRecoveryTeam() { return recoveryTeam; }
	public String getUserId() { return userId; }

	@Converter
	public static class KindColumn extends FormValueColumn<ContactKind> {
		public KindColumn() {
			super(ContactKind.class);
		}
	}
}
