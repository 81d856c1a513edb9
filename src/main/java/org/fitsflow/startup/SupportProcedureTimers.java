package org.fitsflow.startup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fitsflow.system.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The support procedure's due dates: the dates agreed at meeting 2 when the implementation plan calls it, none for a
 * revision. Used as {@code ${supportProcedureTimers.writeDue(execution)}}.
 */
@Component("supportProcedureTimers")
public class SupportProcedureTimers {

	private final Clock clock;

	SupportProcedureTimers(Clock clock) {
		this.clock = clock;
	}

	/** The single point of contact submits it to the ICT owner by the date agreed at meeting 2. */
	public Date writeDue(DelegateExecution execution) {
		return startOf(execution, SupportProcedureProcess.WRITE_BY);
	}

	/** The ICT owner issues it before the start date. */
	public Date issueDue(DelegateExecution execution) {
		return startOf(execution, SupportProcedureProcess.ISSUE_BY);
	}

	private Date startOf(DelegateExecution execution, ProcessVariable<String> date) {
		String day = date.get(execution);
		return day == null || day.isBlank() ? null
				: Date.from(LocalDate.parse(day.substring(0, 10)).atStartOfDay(clock.getZone()).toInstant());
	}
}
