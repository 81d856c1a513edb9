package org.fitsflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.testsupport.ApprovalPages.links;
import static org.fitsflow.change.RequestForChangeProcess.*;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fitsflow.finance.Expenditure;
import org.fitsflow.finance.ExpenditureCategory;
import org.fitsflow.finance.ExpenditureEntry;
import org.fitsflow.system.process.ProcessVariables;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.system.AsSystem;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ApprovalPages;
import org.fitsflow.testsupport.ApprovalPages.Page;
import org.fitsflow.testsupport.Jobs;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request for change through the running service, as the demo school's people do it: the technician raises it in
 * Tasklist (REST), the ICT owner decides through the links in a real e-mail (GreenMail) or in Tasklist, ICT users are
 * told, the timers fire, and the expenditure record follows the costs. Written once, run on H2 and PostgreSQL.
 */
abstract class RequestForChangeScenario {


	@LocalServerPort
	int port;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	RequestForChangeRepository requests;

	@Autowired
	Expenditure expenditure;

	@Autowired
	ApprovalTokens tokens;

	@Autowired
	AsSystem asSystem;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void approvedByEmailedLinks_thenTasklistFirst_changeDoneAndCostsRecorded() throws Exception {
		Api owner = Api.as(port, "headteacher");
		String period = expenditure.currentPeriod().label();
		assertThat(owner.put("/api/schools/riverside/expenditure/" + period + "/budget", Map.of("amount", 900000)).status())
			.isEqualTo(200);

		Raised rfc = raise("Upgrade the ICT suite to Windows 11", 250);
		assertThat(rfc.reference()).matches("RFC-\\d{4}-\\d{4}");

		// The ICT owner's e-mail: summary, cost against the budget, Approve, Reject and Tasklist links.
		MimeMessage approvalMail = mailTo("headteacher@riverside.example.org", "Approval to proceed: " + rfc.reference());
		String html = (String) approvalMail.getContent();
		assertThat(html).contains("Upgrade the ICT suite to Windows 11").contains("£250.00").contains("remaining")
			.contains("/camunda/app/tasklist/default/#/?task=" + task(rfc, TASK_APPROVE_PROCEEDING));
		Map<String, String> links = links(html);
		assertThat(links.get("approve")).startsWith("http://localhost:8080/approvals?token=");

		// Opening the link (as a mail scanner would) decides nothing.
		Page shown = get(links.get("approve"));
		assertThat(shown.state()).isEqualTo("READY");
		assertThat(shown.html()).contains(rfc.reference()).contains("Upgrade the ICT suite to Windows 11")
			.contains("Approve " + rfc.reference());
		String proceedTask = task(rfc, TASK_APPROVE_PROCEEDING);
		assertThat(proceedTask).isNotNull();

		Page confirmed = post(links.get("approve"), "Go ahead, within budget");
		assertThat(confirmed.state()).isEqualTo("DONE");
		assertThat(task(rfc, TASK_APPROVE_PROCEEDING)).isNull();
		RequestForChange record = record(rfc);
		assertThat(record.getApprovalToProceed().getDecision()).isEqualTo(Decision.APPROVE);
		assertThat(record.getApprovalToProceed().getComment()).isEqualTo("Go ahead, within budget");
		assertThat(record.getApprovalToProceed().getDecidedBy()).isEqualTo("headteacher");
		assertThat(record.getApprovalToProceed().getDecidedByName()).isEqualTo("Helen Hart");
		assertThat(record.getApprovalToProceed().getDecidedAt()).isNotNull();
		// Completed as the ICT owner, so the engine's history says who decided.
		assertThat(asSystem.call(() -> historyService.createUserOperationLogQuery().taskId(proceedTask)
			.operationType("Complete").list())).extracting(e -> e.getUserId()).contains("headteacher");
		// The approved cost is in the expenditure record, and the originator is told.
		assertThat(costs(rfc)).singleElement().satisfies(e -> {
			assertThat(e.getAmount()).isEqualByComparingTo("250.00");
			assertThat(e.getCostBasis()).isEqualTo(ExpenditureEntry.CostBasis.APPROVED);
			assertThat(e.getCategory().id()).isEqualTo("software");
		});
		assertThat(mailTo("technician@riverside.example.org", rfc.reference() + " approved to proceed")).isNotNull();

		// The same link again, and the other link of the same decision: nothing changes, and the page says why.
		assertThat(get(links.get("approve")).state()).isEqualTo("USED");
		Page again = post(links.get("approve"), "twice");
		assertThat(again.state()).isEqualTo("USED");
		assertThat(again.html()).contains("already been used");
		Page reject = post(links.get("reject"), "changed my mind");
		assertThat(reject.state()).isEqualTo("ALREADY_DECIDED");
		assertThat(reject.html()).contains("approved by Helen Hart");
		assertThat(record(rfc).getApprovalToProceed().getDecision()).isEqualTo(Decision.APPROVE);

		// Step 2, then ICT users are told the date, time and impact.
		Instant changeAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		completeAs("technician", task(rfc, TASK_COMPLETE_STEP_2), with(FULL_DETAILS, "Image each PC overnight")
			.and(IMPACT_ON_SERVICES, "ICT suite closed after school").and(IMPACT_OF_FAILURE, "Suite unusable next morning")
			.and(FALLBACK_PLAN, "Restore the Windows 10 image").and(CHANGE_DATE_TIME, changeAt.toString())
			.and(IMPLEMENTER, "technician"));
		Jobs.executeAll(managementService);
		MimeMessage planned = mailTo("teacher@riverside.example.org", "Planned ICT change");
		assertThat((String) planned.getContent()).contains("ICT suite closed after school");

		completeAs("headteacher", task(rfc, TASK_DISCUSS_WITH_USERS), with(USERS_AGREE, UsersAgreement.AGREED)
			.and(USERS_FEEDBACK, "No objections at the staff meeting"));
		Map<String, String> implementLinks = links((String) mailTo("headteacher@riverside.example.org",
				"Approval to implement: " + rfc.reference()).getContent());
		String implementTask = task(rfc, TASK_APPROVE_IMPLEMENTATION);

		// A forged or altered link and an expired one change nothing.
		String token = implementLinks.get("approve").substring(implementLinks.get("approve").indexOf("token=") + 6);
		String altered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
		Page forged = post("/approvals?token=" + altered, "");
		assertThat(forged.state()).isEqualTo("FORGED");
		assertThat(forged.html()).contains("not valid");
		Page swapped = post("/approvals?token=" + token.substring(0, token.indexOf('.'))
				+ implementLinks.get("reject").substring(implementLinks.get("reject").indexOf('.')), "");
		assertThat(swapped.state()).isEqualTo("FORGED");
		String expired = tokens.issue(implementTask, Decision.APPROVE.formValue(), "headteacher", 0L, Instant.now().minusSeconds(60));
		Page late = post("/approvals?token=" + expired, "");
		assertThat(late.state()).isEqualTo("EXPIRED");
		assertThat(late.html()).contains("expired");
		assertThat(task(rfc, TASK_APPROVE_IMPLEMENTATION)).isEqualTo(implementTask);

		// Decided in Tasklist first: the e-mailed links now say so.
		completeAs("headteacher", implementTask, with(APPROVAL, Decision.APPROVE).and(APPROVAL_COMMENT, "Agreed in Tasklist"));
		Page tooLate = get(implementLinks.get("approve"));
		assertThat(tooLate.state()).isEqualTo("ALREADY_DECIDED");
		assertThat(tooLate.html()).contains("already been decided: approved by Helen Hart");
		assertThat(record(rfc).getApprovalToImplement().getDecidedBy()).isEqualTo("headteacher");

		// The implementer is reminded before the date; step 3 at the date; the actual cost replaces the approved one.
		ClockUtil.setCurrentTime(Date.from(changeAt.minus(1, ChronoUnit.DAYS).plusSeconds(1)));
		Jobs.executeAll(managementService);
		assertThat(mailTo("technician@riverside.example.org", "Reminder: " + rfc.reference())).isNotNull();
		assertThat(task(rfc, TASK_RECORD_OUTCOME)).isNull();
		ClockUtil.setCurrentTime(Date.from(changeAt.plusSeconds(1)));
		Jobs.executeAll(managementService);
		completeAs("technician", task(rfc, TASK_RECORD_OUTCOME), with(OUTCOME, ChangeOutcome.SUCCESSFUL)
			.and(OUTCOME_NOTES, "All thirty PCs upgraded").and(ACTUAL_COST, new BigDecimal("240.5")));
		assertThat(costs(rfc)).singleElement().satisfies(e -> {
			assertThat(e.getAmount()).isEqualByComparingTo("240.50");
			assertThat(e.getCostBasis()).isEqualTo(ExpenditureEntry.CostBasis.ACTUAL);
		});
		completeAs("technician", task(rfc, TASK_UPDATE_CONFIGURATION_RECORDS), with(CONFIGURATION_NOTES,
				"Asset register updated: LAB-PC-01 to 30 on Windows 11"));

		record = record(rfc);
		assertThat(record.getStatus()).isEqualTo(ChangeStatus.CLOSED);
		assertThat(record.getOutcome()).isEqualTo(ChangeOutcome.SUCCESSFUL.formValue());
		assertThat(record.getConfigurationUpdatedBy()).isEqualTo("technician");
		assertThat(record.getClosedAt()).isNotNull();
		assertThat(asSystem.call(() -> historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(rfc.processInstanceId()).finished().count())).isEqualTo(1);

		// The record, signed and dated, for anyone in the school; counted among the changes closed this month.
		JsonNode view = Api.as(port, "teacher").get("/api/schools/riverside/changes/" + rfc.reference()).json();
		assertThat(view.get("approvalToProceed").get("decidedByName").asText()).isEqualTo("Helen Hart");
		assertThat(view.get("approvalToImplement").get("comment").asText()).isEqualTo("Agreed in Tasklist");
		assertThat(view.get("outcome").asText()).isEqualTo("successful");
		String month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/London")).toString();
		JsonNode closed = Api.as(port, "headteacher").get("/api/schools/riverside/changes?closedIn=" + month).json();
		assertThat(closed).extracting(c -> c.get("reference").asText()).contains(rfc.reference());
		assertThat(Api.as(port, "headteacher").get("/api/schools/riverside/changes?closedIn=November").status())
			.isEqualTo(400);
	}

	@Test
	void overspendingCost_isFlaggedInTheEmailAndTheTask_rejectedAtStep1_costNotRecorded() throws Exception {
		Api owner = Api.as(port, "headteacher");
		String period = expenditure.currentPeriod().label();
		owner.put("/api/schools/riverside/expenditure/" + period + "/budget", Map.of("amount", 900000));

		Raised rfc = raise("A full-time network manager", 2500000, ExpenditureCategory.STAFF);
		String html = (String) mailTo("headteacher@riverside.example.org", "Approval to proceed: " + rfc.reference())
			.getContent();
		assertThat(html).contains("WARNING").contains("would overspend");
		String taskId = task(rfc, TASK_APPROVE_PROCEEDING);
		assertThat(owner.get("/engine-rest/task/" + taskId + "/variables/" + COST_AGAINST_BUDGET).json().get("value").asText())
			.contains("would overspend");

		Page rejected = post(links(html).get("reject"), "Far beyond this year's budget");
		assertThat(rejected.state()).isEqualTo("DONE");
		RequestForChange record = record(rfc);
		assertThat(record.getApprovalToProceed().getDecision()).isEqualTo(Decision.REJECT);
		assertThat(record.getStatus()).isEqualTo(ChangeStatus.REJECTED_TO_PROCEED);
		assertThat(costs(rfc)).isEmpty();
		assertThat((String) mailTo("technician@riverside.example.org", rfc.reference() + " rejected to proceed").getContent())
			.contains("Far beyond this year");
		assertThat(asSystem.call(() -> historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(rfc.processInstanceId()).variableName(CHANGE_OUTCOME.name()).singleResult().getValue()))
			.isEqualTo(ChangeOutcome.REJECTED.formValue());
		// Rejected, it is closed but it is not a change made: neither the month's changes nor the service report count it.
		assertThat(record.getClosedAt()).isNotNull();
		String month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/London")).toString();
		assertThat(owner.get("/api/schools/riverside/changes?closedIn=" + month).json())
			.extracting(c -> c.get("reference").asText()).doesNotContain(rfc.reference());
		// A staff cost is sensitive: the ICT owner sees its amount, nobody else does.
		String path = "/api/schools/riverside/changes/" + rfc.reference();
		assertThat(owner.get(path).json().get("cost").decimalValue()).isEqualByComparingTo("2500000");
		assertThat(Api.as(port, "teacher").get(path).json().get("cost").isNull()).isTrue();
	}

	@Test
	void raisedByDesign_implementationCompletesStep2_provisionBuysTheItems_andTheChangeWaitsForTheDelivery() throws Exception {
		Api technician = Api.as(port, "technician");
		String instance = technician.post("/engine-rest/process-definition/key/" + KEY + "/start", Map.of()).json()
			.get("id").asText();
		String reference = asSystem.call(() -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
			.singleResult().getBusinessKey());
		Raised rfc = new Raised(instance, reference);
		// Offered to the originator (a candidate, not an assignee) and to the originating functions.
		org.camunda.bpm.engine.task.Task step1Task = asSystem.call(() -> taskService.createTaskQuery()
			.processInstanceId(instance).singleResult());
		assertThat(step1Task.getAssignee()).isNull();
		assertThat(asSystem.call(() -> taskService.getIdentityLinksForTask(step1Task.getId())))
			.anyMatch(l -> "technician".equals(l.getUserId()) && "candidate".equals(l.getType()));

		// Items to buy need their cost: refused, naming the field, and nothing recorded.
		var refused = technician.post("/engine-rest/task/" + step1Task.getId() + "/complete", Api.variables(
				with(UNIQUE_IDENTIFIERS, "HALL-VIS-01").and(ITEM_NAMES, "Hall visualiser").and(BRIEF_DESCRIPTION, "A visualiser")
					.and(REASON, "Teachers asked for one").and(RAISED_AS, RaisedAs.DESIGN).and(PURCHASE_NEEDED, true)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("message").asText()).contains("(" + PURCHASE_NEEDED + ")").contains("(" + COST + ")");
		assertThat(requests.findBySchoolIdAndReference("riverside", reference).orElseThrow().getStep1SubmittedAt()).isNull();

		completeAs("technician", step1Task.getId(), with(UNIQUE_IDENTIFIERS, "HALL-VIS-01").and(ITEM_NAMES, "Hall visualiser")
			.and(BRIEF_DESCRIPTION, "A visualiser for the hall").and(REASON, "Teachers asked for one")
			.and(COST, new BigDecimal("400")).and(COST_CATEGORY, ExpenditureCategory.HARDWARE)
			.and(RAISED_AS, RaisedAs.DESIGN).and(PURCHASE_NEEDED, true));
		completeAs("headteacher", task(rfc, TASK_APPROVE_PROCEEDING), with(APPROVAL, Decision.APPROVE));

		// Step 2 is implementation's: design handed it over (001, task 7).
		String step2 = task(rfc, TASK_COMPLETE_STEP_2);
		assertThat(asSystem.call(() -> taskService.getIdentityLinksForTask(step2))).extracting(l -> l.getGroupId())
			.contains(FitsFunction.IMPLEMENTATION.groupIn("riverside"))
			.doesNotContain(FitsFunction.DESIGN.groupIn("riverside"));
		Instant changeAt = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		completeAs("technician", step2, with(FULL_DETAILS, "Mount it on the hall trolley")
			.and(IMPACT_ON_SERVICES, "None").and(IMPACT_OF_FAILURE, "Teachers use the old projector")
			.and(FALLBACK_PLAN, "Keep the projector").and(CHANGE_DATE_TIME, changeAt.toString()).and(IMPLEMENTER, "technician"));
		Jobs.executeAll(managementService);
		completeAs("headteacher", task(rfc, TASK_DISCUSS_WITH_USERS), with(USERS_AGREE, UsersAgreement.AGREED));
		completeAs("headteacher", task(rfc, TASK_APPROVE_IMPLEMENTATION), with(APPROVAL, Decision.APPROVE));

		// Provision hears of the authorised purchase; only provision may record it; the change waits.
		String html = (String) mailTo("provider@riverside.example.org", "Please order for " + reference).getContent();
		assertThat(html).contains("Hall visualiser").contains("£400.00");
		assertThat(record(rfc).getStatus()).isEqualTo(ChangeStatus.ORDERING);
		String order = task(rfc, TASK_ORDER_ITEMS);
		assertThat(Api.as(port, "technician").post("/engine-rest/task/" + order + "/complete", Api.variables(
				with(SUPPLIER, "Anyone"))).status()).isIn(403, 404);
		completeAs("provider", order, with(SUPPLIER, "Northgate ICT Services").and(ORDER_REFERENCE, "PO-77")
			.and(ORDERED_ON, java.time.LocalDate.now().toString()));
		assertThat(record(rfc).getStatus()).isEqualTo(ChangeStatus.AWAITING_DELIVERY);
		assertThat(task(rfc, TASK_RECEIVE_DELIVERY)).isNotNull();
		assertThat(managementService.createJobQuery().processInstanceId(instance).count()).as("no timer yet").isZero();
		completeAs("provider", task(rfc, TASK_RECEIVE_DELIVERY), with(DELIVERED_ON, java.time.LocalDate.now().toString())
			.and(DELIVERY_NOTES, "Boxed, in the office"));

		RequestForChange record = record(rfc);
		assertThat(record.getStatus()).isEqualTo(ChangeStatus.SCHEDULED);
		assertThat(record.getRaisedAs()).isEqualTo(RaisedAs.DESIGN);
		assertThat(record.getSupplier()).isEqualTo("Northgate ICT Services");
		assertThat(record.getOrderedBy()).isEqualTo("provider");
		assertThat(record.getDeliveryRecordedBy()).isEqualTo("provider");
		assertThat(mailTo("technician@riverside.example.org", "Items delivered for " + reference)).isNotNull();
		assertThat(managementService.createJobQuery().processInstanceId(instance).timers().count()).isEqualTo(1);
		JsonNode view = Api.as(port, "headteacher").get("/api/schools/riverside/changes/" + reference).json();
		assertThat(view.get("orderReference").asText()).isEqualTo("PO-77");
		assertThat(view.get("raisedAs").asText()).isEqualTo("design");
	}

	@Test
	void mailServerDown_requestWaitsInTasklist_emailGoesWhenItIsBack() throws Exception {
		TestMail.down();
		Raised rfc;
		try {
			rfc = raise("Move the server cabinet", 0);
			dispatcher.sendDue();
			assertThat(Arrays.stream(TestMail.server().getReceivedMessages()).anyMatch(m -> subject(m).contains(rfc.reference())))
				.isFalse();
			JsonNode tasks = Api.as(port, "headteacher").get("/engine-rest/task?processInstanceId=" + rfc.processInstanceId()).json();
			assertThat(tasks).extracting(t -> t.get("taskDefinitionKey").asText()).containsExactly(TASK_APPROVE_PROCEEDING);
		}
		finally {
			TestMail.up();
		}
		dispatcher.retryAllNow();
		assertThat(mailTo("headteacher@riverside.example.org", "Approval to proceed: " + rfc.reference())).isNotNull();
	}

	// --- the steps, as the demo school's people take them through the REST API ---

	record Raised(String processInstanceId, String reference) {
	}

	private Raised raise(String description, double cost) {
		return raise(description, cost, ExpenditureCategory.SOFTWARE);
	}

	private Raised raise(String description, double cost, ExpenditureCategory category) {
		Api technician = Api.as(port, "technician");
		var started = technician.post("/engine-rest/process-definition/key/" + KEY + "/start", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		String instance = started.json().get("id").asText();
		String reference = started.json().get("businessKey").asText();
		ProcessVariables step1 = with(UNIQUE_IDENTIFIERS, "LAB-PC-01 to LAB-PC-30").and(ITEM_NAMES, "ICT suite PCs")
			.and(BRIEF_DESCRIPTION, description).and(REASON, "Support for the old system ends")
			.and(RAISED_AS, RaisedAs.SECOND_LEVEL_SUPPORT);
		if (cost > 0) {
			step1.and(COST, BigDecimal.valueOf(cost)).and(COST_CATEGORY, category);
		}
		completeAs("technician", task(instance, TASK_COMPLETE_STEP_1), step1);
		return new Raised(instance, reference);
	}

	private void completeAs(String userId, String taskId, Map<String, Object> variables) {
		assertThat(taskId).as("open task").isNotNull();
		var response = Api.as(port, userId).post("/engine-rest/task/" + taskId + "/complete", Api.variables(variables));
		assertThat(response.status()).as(response.toString()).isEqualTo(204);
	}

	private String task(Raised rfc, String key) {
		return task(rfc.processInstanceId(), key);
	}

	private String task(String processInstanceId, String key) {
		var task = asSystem.call(() -> taskService.createTaskQuery().processInstanceId(processInstanceId)
			.taskDefinitionKey(key).singleResult());
		return task == null ? null : task.getId();
	}

	private RequestForChange record(Raised rfc) {
		return requests.findBySchoolIdAndReference("riverside", rfc.reference()).orElseThrow();
	}

	private List<ExpenditureEntry> costs(Raised rfc) {
		return expenditure.entries("riverside", expenditure.currentPeriod(), true).stream()
			.filter(e -> rfc.reference().equals(e.getChangeReference())).toList();
	}

	private MimeMessage mailTo(String address, String subjectContains) throws Exception {
		// The whole outbox, not one batch: other tests of the shared service may have left mail waiting.
		while (dispatcher.sendDue() > 0) {
			// next batch
		}
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			boolean to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
			if (to && subject(m).contains(subjectContains)) {
				found.add(m);
			}
		}
		assertThat(found).as("e-mail to " + address + " about '" + subjectContains + "'").isNotEmpty();
		return found.get(found.size() - 1);
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The page a link opens on this test's server; always 200, its state says what happened. */
	private Page get(String link) throws IOException, InterruptedException {
		return shown(ApprovalPages.get(port, link));
	}

	private Page post(String link, String comment) throws IOException, InterruptedException {
		return shown(ApprovalPages.post(port, link, comment));
	}

	private static Page shown(Page page) {
		assertThat(page.status()).as(page.html()).isEqualTo(200);
		return page;
	}

	static BigDecimal money(String s) {
		return new BigDecimal(s);
	}
}
