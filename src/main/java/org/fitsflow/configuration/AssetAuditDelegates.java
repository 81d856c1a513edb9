package org.fitsflow.configuration;

import static org.fitsflow.configuration.AssetAuditProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fitsflow.school.ReviewNotices;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/asset-audit.bpmn}: one bean per service task, named after the model and the element;
 * each makes one call to {@link AssetAudits}. The audit is found by its process instance's business key (its
 * reference) and the school by the instance's tenant, never by a variable a client could send.
 */
final class AssetAuditDelegates {

	private AssetAuditDelegates() {
	}

	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	/** Opens the audit due on the school's date (one per school and date). */
	@Component("assetAuditOpenAudit")
	static class OpenAudit implements JavaDelegate {
		private final AssetAudits audits;

		OpenAudit(AssetAudits audits) {
			this.audits = audits;
		}

		@Override
		public void execute(DelegateExecution execution) {
			AssetAudit audit = audits.open(execution.getTenantId(), LocalDate.parse(REVIEW_DUE.required(execution)),
					execution.getProcessInstanceId());
			execution.setProcessBusinessKey(audit.getReference());
			AUDIT_REFERENCE.set(execution, audit.getReference());
		}
	}

	/** Checks and keeps what maintenance found; the gateways then read whether to correct and whether to raise. */
	@Component("assetAuditRecordDiscrepancies")
	static class RecordDiscrepancies implements JavaDelegate {
		private final AssetAudits audits;

		RecordDiscrepancies(AssetAudits audits) {
			this.audits = audits;
		}

		@Override
		public void execute(DelegateExecution execution) {
			AssetAudits.Found found = badInput(() -> audits.checked(execution.getTenantId(), reference(execution),
					DISCREPANCIES.get(execution), REGISTER_CHECKED.isTrue(execution), ActingUser.of(execution)));
			CORRECTIONS_TO_MAKE.set(execution, found.corrections() > 0);
			CHANGES_TO_RAISE.set(execution, found.changes() > 0);
		}
	}

	@Component("assetAuditCorrectRegister")
	static class CorrectRegister implements JavaDelegate {
		private final AssetAudits audits;

		CorrectRegister(AssetAudits audits) {
			this.audits = audits;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> audits.correct(execution.getTenantId(), reference(execution)));
		}
	}

	@Component("assetAuditRaiseChanges")
	static class RaiseChanges implements JavaDelegate {
		private final AssetAudits audits;

		RaiseChanges(AssetAudits audits) {
			this.audits = audits;
		}

		@Override
		public void execute(DelegateExecution execution) {
			audits.raiseChanges(execution.getTenantId(), reference(execution));
		}
	}

	@Component("assetAuditRecordAudit")
	static class RecordAudit implements JavaDelegate {
		private final AssetAudits audits;

		RecordAudit(AssetAudits audits) {
			this.audits = audits;
		}

		@Override
		public void execute(DelegateExecution execution) {
			audits.record(execution.getTenantId(), reference(execution));
		}
	}

	@Component("assetAuditReportOutcome")
	static class ReportOutcome implements JavaDelegate {
		private final AssetAudits audits;

		ReportOutcome(AssetAudits audits) {
			this.audits = audits;
		}

		@Override
		public void execute(DelegateExecution execution) {
			audits.reportOutcome(execution.getTenantId(), reference(execution));
		}
	}

	@Component("assetAuditRemindMaintenance")
	static class RemindMaintenance implements JavaDelegate {
		private final AssetAudits audits;

		RemindMaintenance(AssetAudits audits) {
			this.audits = audits;
		}

		@Override
		public void execute(DelegateExecution execution) {
			audits.remind(execution.getTenantId(), reference(execution), ReviewNotices.functionsWithOpenTasks(execution));
		}
	}

	@Component("assetAuditReportAuditOverdue")
	static class ReportAuditOverdue implements JavaDelegate {
		private final AssetAudits audits;

		ReportAuditOverdue(AssetAudits audits) {
			this.audits = audits;
		}

		@Override
		public void execute(DelegateExecution execution) {
			audits.reportOverdue(execution.getTenantId(), reference(execution),
					ReviewNotices.functionsWithOpenTasks(execution));
		}
	}
}
