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

/**
 * How the school carries on without one of its most important services (001 task 4: "steps to be taken to implement
 * manual systems"; not every service needs one), and who starts it: a FITS function or one named person.
 */
@Entity
@Table(name = "contingency_manual_system")
public class ManualSystem {

	public record Details(Long serviceId, String serviceName, String steps, String startedByFunction,
			String startedByUser) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private ContingencyPlan plan;
	@Column(name = "line_no", nullable = false)
	private int lineNo;
	@Column(name = "service_id", nullable = false)
	private Long serviceId;
	@Column(name = "service_name", nullable = false)
	private String serviceName;
	@Column(nullable = false)
	private String steps;
	@Column(name = "started_by_function")
	private String startedByFunction;
	@Column(name = "started_by_user")
	private String startedByUser;

	protected ManualSystem() {
	}

	ManualSystem(ContingencyPlan plan, int lineNo, Details details) {
		this.plan = plan;
		this.lineNo = lineNo;
		this.serviceId = details.serviceId();
		this.serviceName = details.serviceName();
		this.steps = details.steps();
		this.startedByFunction = details.startedByFunction();
		this.startedByUser = details.startedByUser();
	}

	Details details() {
		return new Details(serviceId, serviceName, steps, startedByFunction, startedByUser);
	}

	public Long getServiceId() { return serviceId; }
	public String getServiceName() { return serviceName; }
	public String getSteps() { return steps; }
	public String getStartedByFunction() { return startedByFunction; }
	public String getStartedByUser() { return startedByUser; }
}
