package org.fitsflow.incident;

import static org.fitsflow.incident.IncidentManagementProcess.*;
import static org.fitsflow.system.process.Refusing.badInput;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.system.process.FormValue;
import org.fitsflow.system.forms.FormInputRefused;
import org.fitsflow.system.process.ActingUser;
import org.springframework.stereotype.Component;


/**
 * The Java side of {@code bpmn/incident-management.bpmn}: one bean per service task (and per gateway whose answer
 * comes from a form), named after the model and the element ({@code incidentManagementLogIncident} for
 * {@code Task_LogIncident}). Each maps its variables in, makes one call to {@link Incidents}, and maps the answer out;
 * a refusal of what a form said becomes a bad request, so the task stays open.
 */
final class IncidentManagementDelegates {

	private IncidentManagementDelegates() {
	}

	/** The incident is found by its process instance (whose business key is its reference), never by a variable. */
	private static String reference(DelegateExecution execution) {
		return execution.getProcessBusinessKey();
	}

	/** The school's date and time, as the forms show targets. */
	static DateTimeFormatter shown(Clock clock) {
		return DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm").withZone(clock.getZone());
	}

	@Component("incidentManagementLogIncident")
	static class LogIncident implements JavaDelegate {
		private final Incidents incidents;

		LogIncident(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Incident incident = badInput(() -> incidents.log(execution.getTenantId(), new Incidents.Report(
					DESCRIPTION.get(execution), SERVICE.get(execution), LOCATION.get(execution), IMPACT.get(execution),
					URGENCY.get(execution), KIND.get(execution), ASSET_REFERENCE.get(execution),
					REPORTED_FOR.get(execution)), LOGGED_BY.get(execution), execution.getProcessInstanceId()));
			execution.setProcessBusinessKey(incident.getReference());
			INCIDENT_REFERENCE.set(execution, incident.getReference());
			REPORTER_NAME.set(execution, incidents.reporterName(incident));
			RESPONDED.set(execution, false);
			SERVICE_ID.set(execution, incident.getServiceId() == null ? null : incident.getServiceId().toString());
		}
	}

	@Component("incidentManagementRecordCategory")
	static class RecordCategory implements JavaDelegate {
		private final Incidents incidents;

		RecordCategory(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			IncidentCategory category = CATEGORY.get(execution);
			Incidents.Categorised categorised = badInput(() -> incidents.categorise(execution.getTenantId(),
					reference(execution), serviceId(execution), ASSET_REFERENCE.get(execution), category, IMPACT.get(execution), URGENCY.get(execution),
					category == IncidentCategory.NEW_REQUIREMENT ? REQUIREMENT_FUNCTION.get(execution) : null));
			NEW_REQUIREMENT.set(execution, category == IncidentCategory.NEW_REQUIREMENT);
			SERVICE_NAME.set(execution, categorised.service().getName());
			SERVICE_IMPORTANCE.set(execution, categorised.service().getImportance());
			SUPPORTED_BY_PROVIDER.set(execution, categorised.service().isSupportedByProvider());
			SUPPORTED_BY_DESCRIPTION.set(execution, categorised.service().supportedByDescription());
			KNOWN_WORKAROUND.set(execution,
					categorised.knownError().map(UnderlyingProblems.KnownError::workaround).orElse(null));
			KNOWN_PROBLEM.set(execution, categorised.knownError().map(UnderlyingProblems.KnownError::problemReference)
				.orElse(null));
		}

		private static Long serviceId(DelegateExecution execution) {
			String value = SERVICE_ID.get(execution);
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return Long.valueOf(value.trim());
			}
			catch (NumberFormatException e) {
				throw new FormInputRefused(SERVICE_ID + ": choose the service from the catalogue.");
			}
		}
	}

	@Component("incidentManagementSetTargets")
	static class SetTargets implements JavaDelegate {
		private final Incidents incidents;
		private final DateTimeFormatter shown;

		SetTargets(Incidents incidents, Clock clock) {
			this.incidents = incidents;
			this.shown = shown(clock);
		}

		@Override
		public void execute(DelegateExecution execution) {
			int priority = PRIORITY.required(execution);
			Incident incident = incidents.setTargets(execution.getTenantId(), reference(execution), priority);
			PRIORITY_IN_WORDS.set(execution, inWords(priority));
			RESPONSE_DUE_TEXT.set(execution, shown.format(incident.getResponseTarget()));
			FIX_DUE_TEXT.set(execution, shown.format(incident.getFixTarget()));
		}
	}

	/** FITS priority 1 is the most urgent, 4 the least (the incident-priority table). */
	static String inWords(int priority) {
		return switch (priority) {
			case 1 -> "1 urgent";
			case 2 -> "2 high";
			case 3 -> "3 medium";
			case 4 -> "4 low";
			default -> String.valueOf(priority);
		};
	}

	@Component("incidentManagementRecordResponse")
	static class RecordResponse implements JavaDelegate {
		private final Incidents incidents;

		RecordResponse(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.responded(execution.getTenantId(), reference(execution));
			RESPONDED.set(execution, true);
		}
	}

	@Component("incidentManagementEscalateMissedResponse")
	static class EscalateMissedResponse implements JavaDelegate {
		private final Incidents incidents;

		EscalateMissedResponse(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.escalateMissedResponse(execution.getTenantId(), reference(execution));
		}
	}

	@Component("incidentManagementEscalateMissedFix")
	static class EscalateMissedFix implements JavaDelegate {
		private final Incidents incidents;

		EscalateMissedFix(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.escalateMissedFix(execution.getTenantId(), reference(execution));
		}
	}

	/** Still not restored long after the fix target: announced, for continuity to ask about invoking the plan. */
	@Component("incidentManagementAnnounceNotRestored")
	static class AnnounceNotRestored implements JavaDelegate {
		private final Incidents incidents;

		AnnounceNotRestored(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.stillNotRestored(execution.getTenantId(), reference(execution));
		}
	}

	/** First-level support's answer on Task_RestoreService, as the booleans Gateway_RestoreOutcome reads. */
	@Component("incidentManagementRestoreOutcome")
	static class RestoreOutcomeAnswered implements TaskListener {
		@Override
		public void notify(DelegateTask task) {
			RestoreOutcome outcome = RESTORE_OUTCOME.get(task);
			WAITING_ON_REPORTER.set(task, outcome == RestoreOutcome.WAITING_ON_REPORTER);
			CANNOT_RESTORE.set(task, outcome == RestoreOutcome.CANNOT_RESTORE);
		}
	}

	@Component("incidentManagementPauseFixClock")
	static class PauseFixClock implements JavaDelegate {
		private final Incidents incidents;

		PauseFixClock(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			badInput(() -> incidents.pauseFixClock(execution.getTenantId(), reference(execution),
					QUESTION_FOR_REPORTER.get(execution)));
		}
	}

	@Component("incidentManagementResumeFixClock")
	static class ResumeFixClock implements JavaDelegate {
		private final Incidents incidents;
		private final DateTimeFormatter shown;

		ResumeFixClock(Incidents incidents, Clock clock) {
			this.incidents = incidents;
			this.shown = shown(clock);
		}

		@Override
		public void execute(DelegateExecution execution) {
			Incident incident = incidents.resumeFixClock(execution.getTenantId(), reference(execution));
			FIX_DUE_TEXT.set(execution, shown.format(incident.getFixTarget()));
		}
	}

	@Component("incidentManagementRecordRestoration")
	static class RecordRestoration implements JavaDelegate {
		private final Incidents incidents;

		RecordRestoration(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			boolean permanentFixNeeded = PERMANENT_FIX_NEEDED.isTrue(execution);
			incidents.restored(execution.getTenantId(), reference(execution), WORKAROUND.get(execution), permanentFixNeeded);
			// An unticked checkbox is not submitted: the gateway needs a value either way.
			PERMANENT_FIX_NEEDED.set(execution, permanentFixNeeded);
		}
	}

	/** First-level support could not restore service: recorded as theirs, and second-level support's target set. */
	@Component("incidentManagementRecordPassOn")
	static class RecordPassOn implements JavaDelegate {
		private final Incidents incidents;

		RecordPassOn(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.passedOn(execution.getTenantId(), reference(execution), WORKAROUND.get(execution),
					ActingUser.of(execution));
			PERMANENT_FIX_NEEDED.set(execution, true);
		}
	}

	@Component("incidentManagementChaseFollowUp")
	static class ChaseFollowUp implements JavaDelegate {
		private final Incidents incidents;

		ChaseFollowUp(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.chaseFollowUp(execution.getTenantId(), reference(execution));
		}
	}

	@Component("incidentManagementEmailProviderServiceDesk")
	static class EmailProviderServiceDesk implements JavaDelegate {
		private final Incidents incidents;

		EmailProviderServiceDesk(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.emailProviderServiceDesk(execution.getTenantId(), reference(execution));
		}
	}

	/** How second-level support (the provider, or design) left it, as the booleans Gateway_SecondLevelOutcome reads. */
	@Component("incidentManagementSecondLevelOutcome")
	static class SecondLevelOutcomeAnswered implements TaskListener {
		@Override
		public void notify(DelegateTask task) {
			SecondLevelOutcome outcome = SECOND_LEVEL_OUTCOME.get(task);
			CHANGE_NEEDED.set(task, outcome == SecondLevelOutcome.CHANGE_NEEDED);
			UNDERLYING_PROBLEM.set(task, outcome == SecondLevelOutcome.UNDERLYING_PROBLEM);
		}
	}

	@Component("incidentManagementPrepareRequestForChange")
	static class PrepareRequestForChange implements JavaDelegate {
		private final Incidents incidents;

		PrepareRequestForChange(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Incidents.ChangeRequest change = incidents.changeRequest(execution.getTenantId(), reference(execution),
					CHANGE_DESCRIPTION.get(execution), CHANGE_REASON.get(execution));
			CHANGE_BRIEF_DESCRIPTION.set(execution, change.briefDescription());
			CHANGE_REASON.set(execution, change.reason());
			CHANGE_ORIGINATOR.set(execution, ActingUser.of(execution));
			// Design or implementation raise a new requirement's change; second-level support (or the provider) a fix's.
			CHANGE_RAISED_AS.set(execution, NEW_REQUIREMENT.isTrue(execution)
					? FormValue.of(RaisedAs.class, REQUIREMENT_FUNCTION.name(), REQUIREMENT_FUNCTION.required(execution).formValue())
					: RaisedAs.SECOND_LEVEL_SUPPORT);
		}
	}

	@Component("incidentManagementRecordChangeOutcome")
	static class RecordChangeOutcome implements JavaDelegate {
		private final Incidents incidents;

		RecordChangeOutcome(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			ChangeOutcome outcome = CHANGE_OUTCOME.required(execution);
			incidents.recordChangeOutcome(execution.getTenantId(), reference(execution), CHANGE_REFERENCE.get(execution),
					outcome.formValue());
			CHANGE_MADE.set(execution, outcome.made());
		}
	}

	@Component("incidentManagementRaiseProblem")
	static class RaiseProblem implements JavaDelegate {
		private final Incidents incidents;

		RaiseProblem(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			UnderlyingProblems.Link problem = incidents.raiseProblem(execution.getTenantId(), reference(execution),
					ActingUser.of(execution));
			PROBLEM_REFERENCE.set(execution, problem.problemReference());
		}
	}

	@Component("incidentManagementRecordResolution")
	static class RecordResolution implements JavaDelegate {
		private final Incidents incidents;

		RecordResolution(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.resolve(execution.getTenantId(), reference(execution), RESOLUTION.get(execution),
					PROVIDER_REFERENCE.get(execution));
		}
	}

	@Component("incidentManagementRecordReopening")
	static class RecordReopening implements JavaDelegate {
		private final Incidents incidents;

		RecordReopening(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.recordReopening(execution.getTenantId(), reference(execution));
		}
	}

	@Component("incidentManagementRecordClosure")
	static class RecordClosure implements JavaDelegate {
		private final Incidents incidents;

		RecordClosure(Incidents incidents) {
			this.incidents = incidents;
		}

		@Override
		public void execute(DelegateExecution execution) {
			incidents.close(execution.getTenantId(), reference(execution));
		}
	}
}
