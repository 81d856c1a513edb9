package org.fitsflow.startup;

import static org.fitsflow.startup.SupportProcedureProcess.COVERING_MEMO;
import static org.fitsflow.startup.SupportProcedureProcess.SUPPORT_PROCEDURE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fitsflow.system.process.ActingUser;
import org.fitsflow.system.process.Refusing;
import org.springframework.stereotype.Component;

/**
 * The Java side of {@code bpmn/support-procedure.bpmn}. Who wrote and who issued the procedure is whoever completed
 * the task ({@link ActingUser}); the record is found by the process instance, never by a variable.
 */
final class SupportProcedureDelegates {

	private SupportProcedureDelegates() {
	}

	/** Task_WriteSupportProcedure completed: the single point of contact's text is kept as the draft. */
	@Component("supportProcedureWriteSupportProcedure")
	static class Written implements TaskListener {
		private final SupportProcedures procedures;

		Written(SupportProcedures procedures) {
			this.procedures = procedures;
		}

		@Override
		public void notify(DelegateTask task) {
			DelegateExecution execution = task.getExecution();
			Refusing.badInput(() -> procedures.write(execution.getTenantId(), execution.getProcessInstanceId(),
					SUPPORT_PROCEDURE.get(task), ActingUser.of(execution)));
		}
	}

	/** Task_IssueSupportProcedure completed: the ICT owner's memo, and the draft becomes the master copy. */
	@Component("supportProcedureIssueSupportProcedure")
	static class Issued implements TaskListener {
		private final SupportProcedures procedures;

		Issued(SupportProcedures procedures) {
			this.procedures = procedures;
		}

		@Override
		public void notify(DelegateTask task) {
			DelegateExecution execution = task.getExecution();
			Refusing.badInput(() -> procedures.issue(execution.getTenantId(), execution.getProcessInstanceId(),
					COVERING_MEMO.get(task), ActingUser.of(execution)));
		}
	}

	@Component("supportProcedureSendToIctUsers")
	static class SendToIctUsers implements JavaDelegate {
		private final SupportProcedures procedures;

		SendToIctUsers(SupportProcedures procedures) {
			this.procedures = procedures;
		}

		@Override
		public void execute(DelegateExecution execution) {
			procedures.sendToIctUsers(execution.getTenantId(), execution.getProcessInstanceId());
		}
	}
}
