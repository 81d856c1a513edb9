package org.fitsflow.change;

import java.time.Instant;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.process.FormValue;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an approval link may do. Opening a link only shows the request (mail scanners follow links); confirming it
 * completes the ICT owner's task in the name of the ICT owner it was sent to, once, and only while they still hold the
 * function they held when it was sent (a hand-over withdraws it). A forged, altered, expired, used or withdrawn link,
 * or one whose task was already decided (in Tasklist or by the other link), changes nothing and says why.
 */
@Service
public class ApprovalLinks {

	static final Set<String> APPROVAL_TASKS = Set.of(RequestForChangeProcess.TASK_APPROVE_PROCEEDING,
			RequestForChangeProcess.TASK_APPROVE_IMPLEMENTATION);
	static final int MAX_COMMENT = 2000;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");

	public enum State {
		/** The link may be confirmed. */
		READY,
		/** The decision has just been made through this link. */
		DONE,
		FORGED, EXPIRED, USED, ALREADY_DECIDED,
		/** Sent to someone who no longer holds the ICT owner function (or before links were personal). */
		WITHDRAWN
	}

	/** What the page shows: the state, why, and the request when the link is genuine. */
	public record Outcome(State state, String message, String decision, Map<String, Object> request) {
	}

	private final ApprovalTokens tokens;
	private final ApprovalLinkUseRepository uses;
	private final TaskService taskService;
	private final RuntimeService runtimeService;
	private final HistoryService historyService;
	private final IdentityService identityService;
	private final AsSystem asSystem;
	private final Changes changes;
	private final SchoolDirectory directory;
	private final Clock clock;

	ApprovalLinks(ApprovalTokens tokens, ApprovalLinkUseRepository uses, TaskService taskService,
			RuntimeService runtimeService, HistoryService historyService, IdentityService identityService, AsSystem asSystem,
			Changes changes, SchoolDirectory directory, Clock clock) {
		this.tokens = tokens;
		this.uses = uses;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
		this.identityService = identityService;
		this.asSystem = asSystem;
		this.changes = changes;
		this.directory = directory;
		this.clock = clock;
	}

	/** What the link would do, without doing it. */
	@Transactional(readOnly = true)
	public Outcome check(String token) {
		return inspect(token).outcome;
	}

	/**
	 * Makes the link's decision, if it still may be made, in the name of the ICT owner it was sent to. When someone
	 * else decides at the same moment this throws (and nothing is kept); {@link #check} then says it is decided.
	 */
	@Transactional
	public Outcome confirm(String token, String comment) {
		Inspection inspection = inspect(token);
		if (inspection.outcome.state() != State.READY) {
			return inspection.outcome;
		}
		if (comment != null && comment.length() > MAX_COMMENT) {
			return new Outcome(State.READY, "The comment is longer than " + MAX_COMMENT + " characters; please shorten it.",
					inspection.token.decision(), inspection.outcome.request());
		}
		Task task = inspection.task;
		uses.saveAndFlush(new ApprovalLinkUse(inspection.token, tokens.now()));
		Decision decision = FormValue.of(Decision.class, "decision", inspection.token.decision());
		completeAs(inspection.token.recipient(), task.getId(), ProcessVariables.with(RequestForChangeProcess.APPROVAL,
				decision).and(RequestForChangeProcess.APPROVAL_COMMENT, comment == null ? "" : comment.trim()));
		String done = decision == Decision.APPROVE ? "approved" : "rejected";
		return new Outcome(State.DONE, "Thank you: " + inspection.reference + " is " + done + ". The people involved are "
				+ "told by e-mail.", inspection.token.decision(), inspection.outcome.request());
	}

	/** Forgets the uses of links that have expired since (checked before use, so they stay refused). */
	@org.springframework.scheduling.annotation.Scheduled(cron = "${fits.approvals.cleanup-cron:0 30 3 * * *}")
	@Transactional
	public int forgetExpiredUses() {
		return uses.forgetExpired(tokens.now().minus(java.time.Duration.ofDays(1)));
	}

	private record Inspection(Outcome outcome, ApprovalTokens.Token token, Task task, String reference) {
	}

	private Inspection inspect(String token) {
		Optional<ApprovalTokens.Token> read = tokens.read(token);
		if (read.isEmpty()) {
			return new Inspection(new Outcome(State.FORGED, "This link is not valid: it was not issued by FITS Flow or it "
					+ "has been altered. Nothing was changed. Please use the link in the e-mail as it is, or Tasklist.",
					null, null), null, null, null);
		}
		ApprovalTokens.Token t = read.get();
		if (!APPROVAL_TASKS.contains(taskKeyOf(t.taskId())) && taskKeyOf(t.taskId()) != null) {
			return new Inspection(new Outcome(State.FORGED, "This link does not belong to an approval. Nothing was changed.",
					null, null), null, null, null);
		}
		Optional<ApprovalLinkUse> used = uses.findById(t.tokenId());
		if (used.isPresent()) {
			return new Inspection(new Outcome(State.USED, "This link has already been used, on "
					+ when(used.get().getUsedAt()) + ". Each link works once. Nothing was changed.", t.decision(),
					null), t, null, null);
		}
		if (t.expired(tokens.now())) {
			return new Inspection(new Outcome(State.EXPIRED, "This link expired on " + when(t.expiresAt())
					+ ". Nothing was changed. Please decide in Tasklist, where the request is still waiting if it has not "
					+ "been decided.", t.decision(), null), t, null, null);
		}
		Task task = asSystem.call(() -> taskService.createTaskQuery().taskId(t.taskId()).singleResult());
		if (task == null) {
			return new Inspection(new Outcome(State.ALREADY_DECIDED, alreadyDecided(t.taskId()), t.decision(), null), t,
					null, null);
		}
		if (!stillHolds(t, task.getTenantId())) {
			return new Inspection(new Outcome(State.WITHDRAWN, "This link was sent to the school's ICT owner before the "
					+ "function was handed over, so it no longer decides. Nothing was changed. The ICT owner now has "
					+ "links of their own, and the request waits for them in Tasklist.", t.decision(), null), t, null, null);
		}
		String reference = asSystem.call(() -> runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
		RequestForChange rfc = changes.find(task.getTenantId(), reference);
		Map<String, Object> request = changes.model(rfc, "budget", changes.budgetCheck(rfc), "stage",
				RequestForChangeProcess.TASK_APPROVE_PROCEEDING.equals(task.getTaskDefinitionKey()) ? "proceed" : "implement");
		String verb = Decision.APPROVE.formValue().equals(t.decision()) ? "approve" : "reject";
		return new Inspection(new Outcome(State.READY, "Please confirm that you " + verb + " " + reference + ".",
				t.decision(), request), t, task, reference);
	}

	/** Whether the link's recipient holds the ICT owner function now, in the holding the link was sent for. */
	private boolean stillHolds(ApprovalTokens.Token token, String schoolId) {
		if (token.recipient() == null) {
			return false;
		}
		return directory.holders(schoolId, FitsFunction.ICT_OWNER).stream()
			.filter(p -> p.getUserId().equals(token.recipient()))
			.anyMatch(p -> p.holding(FitsFunction.ICT_OWNER).map(token.holding()::equals).orElse(false));
	}

	private String taskKeyOf(String taskId) {
		HistoricTaskInstance historic = asSystem.call(() -> historyService.createHistoricTaskInstanceQuery()
			.taskId(taskId).singleResult());
		return historic == null ? null : historic.getTaskDefinitionKey();
	}

	/** Who decided and when, from the request itself (the decision is signed and dated there). */
	private String alreadyDecided(String taskId) {
		HistoricTaskInstance historic = asSystem.call(() -> historyService.createHistoricTaskInstanceQuery()
			.taskId(taskId).singleResult());
		if (historic == null) {
			return "This request is no longer waiting for a decision. Nothing was changed.";
		}
		String reference = asSystem.call(() -> historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(historic.getProcessInstanceId()).singleResult().getBusinessKey());
		if (reference == null) {
			return "This request has already been decided. Nothing was changed.";
		}
		RequestForChange rfc = changes.find(historic.getTenantId(), reference);
		boolean proceeding = RequestForChangeProcess.TASK_APPROVE_PROCEEDING.equals(historic.getTaskDefinitionKey());
		SignedDecision decision = rfc.decision(proceeding);
		if (decision == null) {
			return rfc.getReference() + " is no longer waiting for this decision. Nothing was changed.";
		}
		return rfc.getReference() + " has already been decided: " + (decision.approved() ? "approved" : "rejected")
				+ " by " + decision.getDecidedByName() + " on " + when(decision.getDecidedAt()) + ". Nothing was changed.";
	}

	private void completeAs(String userId, String taskId, Map<String, Object> variables) {
		Authentication caller = identityService.getCurrentAuthentication();
		List<String> groups = asSystem.call(() -> identityService.createGroupQuery().groupMember(userId).list())
			.stream().map(Group::getId).toList();
		List<String> tenants = asSystem.call(() -> identityService.createTenantQuery().userMember(userId).list())
			.stream().map(Tenant::getId).toList();
		// The task is completed as the ICT owner, so history and the signed decision show who decided.
		identityService.setAuthentication(userId, groups, tenants);
		try {
			taskService.complete(taskId, variables);
		}
		finally {
			if (caller == null) {
				identityService.clearAuthentication();
			}
			else {
				identityService.setAuthentication(caller);
			}
		}
	}

	private String when(Instant instant) {
		return instant == null ? "an earlier date" : WHEN.format(instant.atZone(clock.getZone()));
	}
}
