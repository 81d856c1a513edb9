package org.fitsflow.continuity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of the communications plan: who is told what, how and when, during a prolonged loss of ICT service. */
@Entity
@Table(name = "contingency_communication")
public class Communication {

	public record Details(String audience, String message, String channel, String timing) {
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
	private String audience;
	@Column(nullable = false)
	private String message;
	@Column(nullable = false)
	private String channel;
	@Column(nullable = false)
	private String timing;

	protected Communication() {
	}

	Communication(ContingencyPlan plan, int lineNo, Details details) {
		this.plan = plan;
		this.lineNo = lineNo;
		this.audience = details.audience();
		this.message = details.message();
		this.channel = details.channel();
		this.timing = details.timing();
	}

	Details details() {
		return new Details(audience, message, channel, timing);
	}

	public String getAudience() { return audience; }
	public String getMessage() { return message; }
	public String getChannel() { return channel; }
	public String getTiming() { return timing; }
}
