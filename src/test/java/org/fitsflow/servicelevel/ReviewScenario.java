package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.school.Employment;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.PersonDetails;
import org.fitsflow.school.ReviewSchedules;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A school's monthly service review and yearly catalogue review through the running service, as its function holders
 * do them in Tasklist (its REST API): the schedule started by the ICT owner (a second start refused), the timers run by
 * moving the engine's clock, each function doing its part, the e-mails and the records. Each test makes a school of its
 * own with its Primary FITS team, on H2 and on PostgreSQL.
 */
abstract class ReviewScenario {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	SchoolDirectory directory;

	@Autowired
	ReviewSchedules schedules;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	MailDispatcher mailDispatcher;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ServiceReviews serviceReviews;

	@Autowired
	JdbcTemplate jdbc;

	private String school;
	private String suffix;
	private final Set<String> mailBefore = new HashSet<>();

	@BeforeEach
	void aSchoolWithItsTeam() throws Exception {
		suffix = UUID.randomUUID().toString().substring(0, 6);
		school = "review-" + suffix;
		directory.createSchool(school, "Review School " + suffix);
		person("owner", true, FitsFunction.ICT_OWNER);
		person("office", false, FitsFunction.SINGLE_POINT_OF_CONTACT);
		person("tech", false, FitsFunction.MAINTENANCE, FitsFunction.SECOND_LEVEL_SUPPORT);
		person("teach", false);
		catalogue.add(school, new ServiceDetails("Printing", "Printers", "School day", "All staff", Importance.LOW, null,
				null, SupportedBy.PERSON, null, null, null));
		for (MimeMessage m : TestMail.server().getReceivedMessages()) {
			mailBefore.add(m.getMessageID());
		}
	}

	@AfterEach
	void stopTheSchoolsWork() {
		ClockUtil.reset();
		for (var s : schedules.schedules(school)) {
			schedules.stop(school, s.getReviewKey(), "test over");
		}
		runtime.createProcessInstanceQuery().tenantIdIn(school).list()
			.forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
	}

	private void person(String role, boolean leadership, FitsFunction... functions) {
		String userId = user(role);
		directory.addPerson(school, new PersonDetails(userId, role + " " + suffix, userId + "@example.org",
				Employment.SCHOOL_STAFF, null, leadership, "password-" + userId));
		for (FitsFunction function : functions) {
			directory.assign(school, userId, function);
		}
	}

	private String user(String role) {
		return role + "-" + suffix;
	}

	private Api as(String role) {
		return Api.as(port, user(role), "password-" + user(role));
	}

	@Test
	void monthlyReview_startsBeforeTheMeeting_collectsFeedbackAndDiskSpace_reportReviewed_meetingIssuesActions() throws Exception {
		LocalDate meeting = LocalDate.now(LONDON).plusDays(10);
		Api owner = as("owner");
		Api.Response started = owner.post("/api/schools/" + school + "/review-schedules",
				Map.of("reviewKey", "service-review", "nextDue", meeting.toString()));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		assertThat(started.json().path("running").asBoolean()).isTrue();
		Api.Response again = owner.post("/api/schools/" + school + "/review-schedules",
				Map.of("reviewKey", "service-review", "nextDue", meeting.plusDays(1).toString()));
		assertThat(again.status()).as("a second start of the same schedule").isEqualTo(409);
		assertThat(again.json().path("rule").asText()).isEqualTo("one-schedule-per-review");
		assertThat(as("teach").post("/api/schools/" + school + "/review-schedules",
				Map.of("reviewKey", "catalogue-review", "nextDue", meeting.toString())).status()).isEqualTo(403);
		assertThat(Api.as(port, "headteacher").get("/api/schools/" + school + "/review-schedules").status())
			.as("another school's ICT owner").isEqualTo(403);

		// Nothing happens before the lead time; then the review starts in the school's tenant.
		moveTo(meeting.minusDays(7).atStartOfDay(LONDON).toInstant().minusSeconds(60));
		runJobs();
		assertThat(reviews()).isEmpty();
		moveTo(meeting.minusDays(7).atStartOfDay(LONDON).toInstant().plusSeconds(60));
		runJobs();
		assertThat(reviews()).hasSize(1);
		String review = reviews().get(0);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(review).singleResult().getBusinessKey())
			.isEqualTo("SR-" + meeting);

		// Every ICT user is asked by e-mail with a link to their own feedback task.
		mailDispatcher.sendDue();
		MimeMessage asked = newMail().stream().filter(m -> to(m).equals(user("teach") + "@example.org")
				&& subject(m).startsWith("How has ICT support worked for you")).findFirst().orElseThrow();
		String feedbackTask = task(as("teach"), review, "Task_GiveFeedback");
		assertThat(body(asked)).contains("#/?task=" + feedbackTask);
		assertThat(as("office").post("/engine-rest/task/" + feedbackTask + "/complete",
				Map.of("variables", variables("rating", "well"))).status()).as("someone else's feedback").isEqualTo(403);
		complete(as("teach"), feedbackTask, variables("rating", "poorly", "toImprove", "The printer queue"));
		complete(as("office"), task(as("office"), review, "Task_GiveFeedback"), variables("rating", "very-well"));
		Api.Response refused = as("tech").post("/engine-rest/task/" + task(as("tech"), review, "Task_MeasureDiskSpace")
				+ "/complete", Map.of("variables", variables("diskUsedGb", -5, "diskAvailableGb", 100)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("message").asText()).contains("diskUsedGb");
		complete(as("tech"), task(as("tech"), review, "Task_MeasureDiskSpace"),
				variables("diskUsedGb", 412.5, "diskAvailableGb", 587.5));
		runJobs();

		// Feedback closes two days before the meeting for those who did not answer; the report is built.
		moveTo(meeting.minusDays(2).atStartOfDay(LONDON).toInstant().plusSeconds(60));
		runJobs();
		String prepare = task(as("office"), review, "Task_PrepareReport");
		JsonNode form = as("office").get("/engine-rest/task/" + prepare + "/form-variables?deserializeValues=false").json();
		assertThat(form.path("reportFigures").path("type").asText()).isEqualTo("Json");
		assertThat(form.path("reportFigures").path("value").asText()).contains("Server disk space used (GB)", "412.5");
		assertThat(form.path("reportSummary").path("value").asText()).contains("Feedback: 2 of 4 ICT users answered");
		complete(as("office"), prepare, variables("reportNotes", "Printing was the month's trouble"));
		runJobs();

		// The report is e-mailed to the team as a spreadsheet and attached to the ICT owner's review task.
		mailDispatcher.sendDue();
		MimeMessage published = newMail().stream().filter(m -> subject(m).startsWith("Service report for")
				&& to(m).equals(user("owner") + "@example.org")).findFirst().orElseThrow();
		String month = meeting.minusMonths(1).toString().substring(0, 7);
		assertThat(attachments(published)).containsExactly("service-report-" + school + "-" + month + ".xlsx");
		String reviewTask = task(owner, review, "Task_ReviewReport");
		// (Reading attachments through the REST API takes the right to read history, as Cockpit users have.)
		JsonNode attached = Api.as(port, "admin").get("/engine-rest/task/" + reviewTask + "/attachment").json();
		assertThat(attached).hasSize(1);
		assertThat(attached.get(0).path("name").asText()).isEqualTo("service-report-" + school + "-" + month + ".xlsx");
		complete(owner, reviewTask, variables("pointsToRaise", "The printer queue"));

		// The meeting: an action with nobody to do it is refused, naming it; then two actions and the next meeting.
		String meetingTask = task(owner, review, "Task_HoldMeeting");
		Api.Response bad = owner.post("/engine-rest/task/" + meetingTask + "/complete", Map.of("variables",
				Map.of("experiences", value("Calls go through the office"), "actions",
						json(List.of(Map.of("what", "Replace the printer", "byWhen", meeting.plusDays(14).toString()))))));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("message").asText()).contains("action 1 (Replace the printer)", "say who does it");
		LocalDate next = meeting.plusDays(28);
		Map<String, Object> minutes = new LinkedHashMap<>();
		minutes.put("experiences", value("Calls go through the office"));
		minutes.put("reportPoints", value("Printing faults"));
		minutes.put("actions", json(List.of(
				Map.of("what", "Replace the staff room printer", "function", "maintenance",
						"byWhen", meeting.plusDays(14).toString()),
				Map.of("what", "Remind staff to report through the office", "person", user("teach"),
						"byWhen", meeting.plusDays(7).toString() + "T00:00"))));
		minutes.put("nextMeetingOn", value(next.toString()));
		assertThat(owner.post("/engine-rest/task/" + meetingTask + "/complete", Map.of("variables", minutes)).status())
			.isEqualTo(204);
		runJobs();

		assertThat(runtime.createProcessInstanceQuery().processInstanceId(review).count()).as("the review ended").isZero();
		JsonNode actions = owner.get("/api/schools/" + school + "/review-actions?open=true").json();
		assertThat(actions).hasSize(2);
		assertThat(actions.findValuesAsText("function")).contains("maintenance");
		assertThat(schedules.schedule(school, ServiceReviewProcess.KEY).getNextDue()).isEqualTo(next);
		String action = task(as("tech"), null, "Task_CarryOutFunctionAction");
		assertThat(as("teach").get("/engine-rest/task/" + action).status()).isEqualTo(404);
		complete(as("tech"), action, variables("actionOutcome", "New printer installed"));
		assertThat(owner.get("/api/schools/" + school + "/review-actions?open=true").json()).hasSize(1);

		mailDispatcher.sendDue();
		assertThat(newMail()).anyMatch(m -> subject(m).equals("Minutes of the service review meeting on "
				+ meeting.format(ServiceReviews.LONG_DATE)) && body(m).contains("Replace the staff room printer"));
		JsonNode reviewed = owner.get("/api/schools/" + school + "/service-reviews").json().get(0);
		assertThat(reviewed.path("status").asText()).isEqualTo("HELD");
		assertThat(reviewed.path("diskUsedGb").decimalValue()).isEqualByComparingTo("412.5");
		assertThat(reviewed.path("feedbackAsked").asInt()).isEqualTo(4);
		assertThat(owner.get("/api/schools/" + school + "/service-reports/" + month).json().path("feedback")
			.path("answered").asInt()).isEqualTo(2);
	}

	@Test
	void catalogueReview_listedCheckedAgreedWithANewService_versionedPublishedAndFiled() throws Exception {
		LocalDate due = LocalDate.now(LONDON).plusDays(30);
		Api owner = as("owner");
		assertThat(owner.post("/api/schools/" + school + "/review-schedules",
				Map.of("reviewKey", "catalogue-review", "nextDue", due.toString())).status()).isEqualTo(201);
		moveTo(due.minusDays(28).atStartOfDay(LONDON).toInstant().plusSeconds(60));
		runJobs();
		String review = reviews().get(0);

		// Maintenance lists the services, starting from the current catalogue; the office checks the list.
		String list = task(as("tech"), review, "Task_ListServices");
		JsonNode listed = JSON.readTree(as("tech").get("/engine-rest/task/" + list
				+ "/form-variables?deserializeValues=false").json().path("services").path("value").asText());
		assertThat(listed.findValuesAsText("name")).containsExactly("Printing");
		List<Map<String, Object>> services = List.of(Map.of("name", "Printing"), Map.of("name", "Wi-Fi"));
		complete(as("tech"), list, Map.of("services", json(services)));
		Api.Response unchecked = as("office").post("/engine-rest/task/" + task(as("office"), review,
				"Task_CheckServiceList") + "/complete", Map.of("variables", Map.of("services", json(services))));
		assertThat(unchecked.status()).isEqualTo(400);
		complete(as("office"), task(as("office"), review, "Task_CheckServiceList"),
				Map.of("services", json(services), "listComplete", value(true)));

		// The meeting agrees Printing; Wi-Fi was added there, its details are gathered by maintenance.
		Map<String, Object> printing = new LinkedHashMap<>(Map.of("name", "Printing", "description", "Printers",
				"availabilityRequired", "School day", "endUserGroups", "All staff", "importance", "medium",
				"responseTime", "1 hour", "fixTime", "4 hours", "supportedBy", "service-provider",
				"providerName", "PrintCo", "providerServiceDeskEmail", "help@printco.example.org"));
		printing.put("contractToUpdate", true);
		Map<String, Object> wifi = new LinkedHashMap<>(Map.of("name", "Wi-Fi", "detailsToGather", true));
		String meetingTask = task(owner, review, "Task_HoldCatalogueMeeting");
		Map<String, Object> wrongTime = new LinkedHashMap<>(printing);
		wrongTime.put("fixTime", "soon");
		Api.Response refused = owner.post("/engine-rest/task/" + meetingTask + "/complete",
				Map.of("variables", Map.of("services", json(List.of(wrongTime, wifi)))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("message").asText()).contains("service 1 (Printing)", "fixTime");
		complete(owner, meetingTask, Map.of("services", json(List.of(printing, wifi)),
				"representatives", value(user("teach"))));
		Map<String, Object> wifiDetails = new LinkedHashMap<>(Map.of("name", "Wi-Fi", "importance", "high",
				"availabilityRequired", "School day", "endUserGroups", "Staff and pupils", "responseTime", "30 minutes",
				"fixTime", "2 hours", "supportedBy", "school-staff", "supportedByUserId", user("tech")));
		wifiDetails.put("detailsToGather", false);
		complete(as("tech"), task(as("tech"), review, "Task_GatherDetails"),
				Map.of("services", json(List.of(printing, wifiDetails))));
		runJobs();

		// A dated version; the live catalogue follows it; the provider's contract is the ICT owner's action.
		JsonNode versions = owner.get("/api/schools/" + school + "/catalogue-versions").json();
		assertThat(versions).hasSize(1);
		assertThat(versions.get(0).path("source").asText()).isEqualTo("REVIEW");
		assertThat(versions.get(0).path("reviewReference").asText()).isEqualTo("CR-" + due);
		assertThat(catalogue.services(school)).extracting(CatalogueService::getName).containsExactly("Printing", "Wi-Fi");
		assertThat(catalogue.byName(school, "Printing").orElseThrow().getFixTime()).hasHours(4);
		JsonNode contract = owner.get("/api/schools/" + school + "/review-actions?open=true").json();
		assertThat(contract).hasSize(1);
		assertThat(contract.get(0).path("description").asText()).contains("PrintCo", "Printing");
		assertThat(contract.get(0).path("function").asText()).isEqualTo("ict-owner");

		// Published to every function holder and the users' representative, then filed by the office.
		mailDispatcher.sendDue();
		List<MimeMessage> catalogueMail = newMail().stream()
			.filter(m -> subject(m).startsWith("Service catalogue, version 1"))
			.filter(distinctMessages()).toList();
		assertThat(catalogueMail).hasSize(1);
		assertThat(Arrays.stream(catalogueMail.get(0).getAllRecipients()).map(Object::toString))
			.contains(user("owner") + "@example.org", user("office") + "@example.org", user("tech") + "@example.org",
					user("teach") + "@example.org");
		assertThat(attachments(catalogueMail.get(0))).containsExactly("service-catalogue-" + school + "-v1.xlsx");
		complete(as("office"), task(as("office"), review, "Task_FileOriginal"),
				variables("filedWhere", "Office shared drive"));
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(review).count()).isZero();
		assertThat(schedules.schedule(school, CatalogueReviewProcess.KEY).getNextDue()).isEqualTo(due.plusYears(1));
	}

	@Test
	void anotherSchoolsPeople_seeAndChangeNothingOfTheReview_andWhoDidWhatComesFromTheLogin() throws Exception {
		LocalDate meeting = LocalDate.now(LONDON).plusDays(10);
		Api owner = as("owner");
		String schedules = "/api/schools/" + school + "/review-schedules";
		assertThat(owner.post(schedules, Map.of("reviewKey", "service-review", "nextDue", meeting.toString())).status())
			.isEqualTo(201);

		// Riverside's ICT owner, technician and teacher hold the same functions in their own school: none of it here.
		Api otherOwner = Api.as(port, "headteacher");
		Api otherTech = Api.as(port, "technician");
		Api otherTeacher = Api.as(port, "teacher");
		assertThat(otherOwner.post(schedules, Map.of("reviewKey", "catalogue-review", "nextDue", meeting.toString()))
			.status()).isEqualTo(403);
		assertThat(otherOwner.put(schedules + "/service-review", Map.of("nextDue", meeting.plusDays(3).toString()))
			.status()).isEqualTo(403);
		assertThat(otherOwner.delete(schedules + "/service-review").status()).isEqualTo(403);
		assertThat(this.schedules.schedule(school, ServiceReviewProcess.KEY).getNextDue()).isEqualTo(meeting);
		String scheduleInstance = this.schedules.schedule(school, ServiceReviewProcess.KEY).getProcessInstanceId();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(scheduleInstance).count()).isEqualTo(1);

		moveTo(meeting.minusDays(7).atStartOfDay(LONDON).toInstant().plusSeconds(60));
		runJobs();
		String review = reviews().get(0);
		String month = meeting.minusMonths(1).toString().substring(0, 7);
		for (String path : List.of("service-reviews", "review-actions", "service-reports/" + month,
				"service-reports/" + month + "/spreadsheet", "catalogue-versions", "review-schedules", "services")) {
			assertThat(otherOwner.get("/api/schools/" + school + "/" + path).status()).as(path).isEqualTo(403);
		}

		// The review's tasks are for this school's function holders and ICT users only.
		String disk = task(as("tech"), review, "Task_MeasureDiskSpace");
		assertThat(Api.as(port, "admin").get("/engine-rest/task/" + disk + "/identity-links").json()
			.findValuesAsText("groupId")).containsExactly(school + ".maintenance");
		assertThat(otherTech.get("/engine-rest/task?processInstanceId=" + review).json()).isEmpty();
		assertThat(otherTech.post("/engine-rest/task/" + disk + "/complete", Map.of("variables",
				variables("diskUsedGb", 1, "diskAvailableGb", 1))).status()).isIn(403, 404);
		assertThat(otherTech.post("/engine-rest/task/" + disk + "/claim", Map.of("userId", "technician")).status())
			.isIn(403, 404);
		assertThat(Api.as(port, "admin").get("/engine-rest/task?processInstanceId=" + review
				+ "&taskDefinitionKey=Task_GiveFeedback").json().findValuesAsText("assignee"))
			.containsExactlyInAnyOrder(user("owner"), user("office"), user("tech"), user("teach"));
		assertThat(otherTeacher.get("/engine-rest/task?processInstanceId=" + review).json()).isEmpty();

		// An answer cannot say whose it is, or which review it belongs to: the login and the task say that.
		String feedback = task(as("teach"), review, "Task_GiveFeedback");
		for (Map<String, Object> forged : List.of(variables("rating", "well", "feedbackFrom", user("owner")),
				variables("rating", "well", "reviewReference", "SR-2020-01-01"))) {
			Api.Response refused = as("teach").post("/engine-rest/task/" + feedback + "/complete",
					Map.of("variables", forged));
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		}
		complete(as("teach"), feedback, variables("rating", "poorly", "toImprove", "The printer queue"));
		complete(as("tech"), disk, variables("diskUsedGb", 412.5, "diskAvailableGb", 587.5));
		runJobs();
		assertThat(feedbackFrom(review)).containsExactly(user("teach"));
		assertThat(serviceReviews.review(school, "SR-" + meeting).getDiskRecordedBy()).isEqualTo(user("tech"));

		// To the meeting, where an action for someone of another school is refused, naming the row and the person.
		moveTo(meeting.minusDays(2).atStartOfDay(LONDON).toInstant().plusSeconds(60));
		runJobs();
		complete(as("office"), task(as("office"), review, "Task_PrepareReport"), variables("reportNotes", "Quiet"));
		runJobs();
		complete(owner, task(owner, review, "Task_ReviewReport"), variables("pointsToRaise", "None"));
		String meetingTask = task(owner, review, "Task_HoldMeeting");
		Api.Response crossing = owner.post("/engine-rest/task/" + meetingTask + "/complete", Map.of("variables",
				Map.of("experiences", value("Quiet"), "actions", json(List.of(Map.of("what", "Fix the hall projector",
						"person", "teacher", "byWhen", meeting.plusDays(7).toString()))))));
		assertThat(crossing.status()).as(crossing.toString()).isEqualTo(400);
		assertThat(crossing.json().path("message").asText()).contains("action 1 (Fix the hall projector)", "teacher");
		assertThat(owner.get("/api/schools/" + school + "/review-actions").json()).isEmpty();
		assertThat(otherOwner.post("/engine-rest/task/" + meetingTask + "/complete", Map.of("variables",
				Map.of("experiences", value("Taken over")))).status()).isIn(403, 404);
		complete(owner, meetingTask, Map.of("experiences", value("Quiet"), "actions", json(List.of(Map.of("what",
				"Fix the hall projector", "person", user("teach"), "byWhen", meeting.plusDays(7).toString())))));
		runJobs();
		assertThat(serviceReviews.review(school, "SR-" + meeting).getMinutesRecordedBy()).isEqualTo(user("owner"));
		String action = task(as("teach"), null, "Task_CarryOutPersonalAction");
		assertThat(otherTeacher.post("/engine-rest/task/" + action + "/complete", Map.of("variables",
				variables("actionOutcome", "Done"))).status()).isIn(403, 404);
		complete(as("teach"), action, variables("actionOutcome", "New lamp fitted"));
		assertThat(owner.get("/api/schools/" + school + "/review-actions").json().get(0).path("doneBy").asText())
			.isEqualTo(user("teach"));
	}

	private List<String> feedbackFrom(String review) {
		return jdbc.queryForList("select f.user_id from service_feedback f join service_review r on r.id = "
				+ "f.service_review_id where r.school_id = ? and r.process_instance_id = ?", String.class, school, review);
	}

	private List<String> reviews() {
		return runtime.createProcessInstanceQuery().tenantIdIn(school).processDefinitionKeyIn(ServiceReviewProcess.KEY,
				CatalogueReviewProcess.KEY).list().stream().map(p -> p.getId()).toList();
	}

	private static void moveTo(Instant when) {
		ClockUtil.setCurrentTime(Date.from(when));
	}

	/** Runs this school's due jobs (timers, save points), as the job executor would. */
	private void runJobs() {
		for (int round = 0; round < 200; round++) {
			// one at a time: a job may end others (an interrupting timer ends its activity's jobs)
			Job due = management.createJobQuery().tenantIdIn(school).executable().list().stream().findFirst().orElse(null);
			if (due == null) {
				return;
			}
			management.executeJob(due.getId());
		}
		throw new IllegalStateException("Jobs keep coming");
	}

	/** The one open task of that element the user can see (in the instance, if given). */
	private static String task(Api user, String instance, String element) {
		JsonNode tasks = user.get("/engine-rest/task?taskDefinitionKey=" + element
				+ (instance == null ? "" : "&processInstanceId=" + instance)).json();
		assertThat(tasks).as(element).hasSize(1);
		return tasks.get(0).path("id").asText();
	}

	private static void complete(Api user, String task, Map<String, Object> variables) {
		Api.Response done = user.post("/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	private static Map<String, Object> variables(Object... namesAndValues) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
		}
		return variables;
	}

	private static Map<String, Object> value(Object value) {
		return Map.of("value", value);
	}

	/** A list as Tasklist submits a dynamic list: a Json variable. */
	private static Map<String, Object> json(Object list) throws Exception {
		return Map.of("value", JSON.writeValueAsString(list), "type", "Json");
	}

	private List<MimeMessage> newMail() {
		return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> !mailBefore.contains(id(m))).toList();
	}

	/** GreenMail keeps a copy per recipient: one of each message. */
	private static java.util.function.Predicate<MimeMessage> distinctMessages() {
		Set<String> seen = new HashSet<>();
		return m -> seen.add(id(m));
	}

	private static String id(MimeMessage m) {
		try {
			return m.getMessageID();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String to(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String body(MimeMessage m) {
		try {
			return com.icegreen.greenmail.util.GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> attachments(MimeMessage m) throws Exception {
		if (!(m.getContent() instanceof Multipart parts)) {
			return List.of();
		}
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < parts.getCount(); i++) {
			if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
				names.add(parts.getBodyPart(i).getFileName());
			}
		}
		return names;
	}
}
