package org.fitsflow.system.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitsflow.system.process.ProcessVariables.with;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.fitsflow.change.RaisedAs;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.school.EmailFunctionHolders;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMailTemplate;
import org.fitsflow.school.SchoolTimeTimer;
import org.fitsflow.system.AsSystem;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The element templates in bpmn/.camunda/element-templates (where Camunda Modeler finds them beside the diagrams):
 * every binding names a bean, property, function, mail template or variable that exists, every template is used by
 * a model, and every element using one agrees with it. The reminder they build in the request for change then runs
 * in the real service.
 */
@ServiceTest
class ElementTemplatesTest {

	private static final Path TEMPLATES = Path.of("bpmn", ".camunda", "element-templates");
	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	MailDispatcher mailDispatcher;

	@Autowired
	AsSystem asSystem;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtimeService;

	private String startedHere;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		if (startedHere != null) {
			// its timers must fire in no other test of the shared service
			asSystem.run(() -> runtimeService.deleteProcessInstance(startedHere, "test over", true));
		}
		// Leave no mail waiting: other tests of the shared service read the outbox one batch at a time.
		while (mailDispatcher.sendDue() > 0) {
			// next batch
		}
	}

	@Test
	void theFourBuildingBlocks_areThere_withUniqueIds() throws IOException {
		assertThat(templates().stream().map(t -> t.path("id").asText()))
			.containsExactlyInAnyOrder("org.fitsflow.FunctionTask", "org.fitsflow.EmailFunctionHolders",
					"org.fitsflow.SchoolTimeTimer", "org.fitsflow.CallRequestForChange");
		for (JsonNode template : templates()) {
			assertThat(template.path("$schema").asText()).as(template.path("id").asText())
				.isEqualTo("https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json");
			assertThat(template.path("version").asInt()).isEqualTo(1);
			assertThat(template.path("appliesTo")).isNotEmpty();
		}
	}

	@Test
	void everyBinding_namesABeanPropertyOrVariableThatExists() throws Exception {
		for (JsonNode template : templates()) {
			for (JsonNode property : template.path("properties")) {
				check(template.path("id").asText(), property);
			}
		}
	}

	private void check(String template, JsonNode property) throws Exception {
		JsonNode binding = property.path("binding");
		String type = binding.path("type").asText();
		String name = binding.path("name").asText();
		String where = template + " " + type + " " + name + binding.path("target").asText() + binding.path("source").asText();
		switch (type + ":" + name) {
			case "property:camunda:delegateExpression" -> {
				String bean = property.path("value").asText().replaceAll("^\\$\\{(.*)}$", "$1");
				assertThat(bean).as(where + ": a building block is named after its template").isEqualTo(beanOf(template));
				assertThat(context.getBean(bean)).as(where).isInstanceOf(JavaDelegate.class);
			}
			case "property:camunda:candidateGroups" -> assertThat(choices(property)).as(where).isEqualTo(functions());
			case "camunda:inputParameter:function", "camunda:inputParameter:mailTemplate" -> inputParameter(where, name,
					property);
			case "property:camunda:formRef" ->
				assertThat(property.path("constraints").path("notEmpty").asBoolean()).as(where).isTrue();
			case "property:camunda:formRefBinding", "property:camunda:calledElementBinding" ->
				assertThat(property.path("value").asText()).as(where).isEqualTo("latest");
			case "property:camunda:asyncBefore" ->
				assertThat(property.path("value").asText()).as(where + ": the e-mail waits behind a save point").isEqualTo("true");
			case "camunda:property:" + SchoolTimeTimer.PROPERTY -> {
				for (String amount : choices(property)) {
					assertThat(SchoolTimeTimer.parse(amount, where)).isPositive();
				}
				Object timer = context.getBean(beanOf(template));
				assertThat(timer).isInstanceOf(SchoolTimeTimer.class);
				assertThat(timer.getClass().getMethod("due", DelegateExecution.class).getReturnType()).isEqualTo(Date.class);
				assertThat(SchoolTimeTimer.EXPRESSION).isEqualTo("${" + beanOf(template) + ".due(execution)}");
			}
			case "property:calledElement" -> {
				assertThat(property.path("value").asText()).as(where).isEqualTo(RequestForChangeProcess.KEY);
				assertThat(Path.of("bpmn", RequestForChangeProcess.KEY + ".bpmn")).exists();
			}
			case "camunda:in:" -> assertThat(binding.path("target").asText()).as(where).isIn(callInputs());
			case "camunda:out:" -> assertThat(binding.path("source").asText()).as(where).isIn(
					RequestForChangeProcess.CHANGE_REFERENCE.name(), RequestForChangeProcess.CHANGE_OUTCOME.name());
			default -> throw new AssertionError(where + ": a binding this test does not know; say what it must match");
		}
	}

	/** The e-mail building block's input parameters: its variables' names, and their choices the values it accepts. */
	private static void inputParameter(String where, String name, JsonNode property) {
		if (name.equals(EmailFunctionHolders.FUNCTION.name())) {
			assertThat(choices(property)).as(where).isEqualTo(functions());
			return;
		}
		assertThat(name).as(where).isEqualTo(EmailFunctionHolders.MAIL_TEMPLATE.name());
		assertThat(choices(property)).as(where).isEqualTo(FormValue.values(FunctionMailTemplate.class));
		for (String mail : choices(property)) {
			assertThat(new ClassPathResource("templates/mail/" + mail + ".html").exists()).as(where + " " + mail).isTrue();
		}
	}

	private static List<String> functions() {
		return Arrays.stream(FitsFunction.values()).map(FitsFunction::groupId).toList();
	}

	/** What a caller passes to a request for change. */
	private static List<String> callInputs() {
		return List.of(RequestForChangeProcess.RAISED_FROM.name(), RequestForChangeProcess.BRIEF_DESCRIPTION.name(),
				RequestForChangeProcess.REASON.name(), RequestForChangeProcess.ORIGINATOR.name(),
				RequestForChangeProcess.RAISED_AS.name());
	}

	/** A template's building block bean: the template id's last part, lower camel case (as ModelContractsTest expects). */
	private static String beanOf(String templateId) {
		String name = templateId.substring(templateId.lastIndexOf('.') + 1);
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	@Test
	void theCallTemplate_passesEveryVariableTheRequestForChangeExpectsFromItsCaller() throws IOException {
		JsonNode call = templates().stream().filter(t -> t.path("id").asText().equals("org.fitsflow.CallRequestForChange"))
			.findFirst().orElseThrow();
		assertThat(StreamSupport.stream(call.path("properties").spliterator(), false)
			.filter(p -> p.path("binding").path("type").asText().equals("camunda:in"))
			.map(p -> p.path("binding").path("target").asText()))
			.containsExactlyInAnyOrderElementsOf(callInputs());
	}

	@Test
	void everyTemplate_isUsedByAModel_andEveryElementUsingOneAgreesWithIt() throws IOException {
		Set<String> used = new HashSet<>();
		for (Path file : models()) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
				String id = element.getAttributeValueNs(ModelFiles.CAMUNDA, "modelerTemplate");
				if (id == null) {
					continue;
				}
				used.add(id);
				JsonNode template = templates().stream().filter(t -> t.path("id").asText().equals(id)).findFirst()
					.orElseThrow(() -> new AssertionError(file + " " + element.getId() + " uses an unknown template " + id));
				assertThat(element.getAttributeValueNs(ModelFiles.CAMUNDA, "modelerTemplateVersion")).isEqualTo("1");
				for (JsonNode property : template.path("properties")) {
					agrees(file + " " + element.getId(), element, property);
				}
			}
		}
		assertThat(used).containsExactlyInAnyOrderElementsOf(templates().stream().map(t -> t.path("id").asText()).toList());
	}

	private static void agrees(String where, BaseElement element, JsonNode property) {
		JsonNode binding = property.path("binding");
		String value = switch (binding.path("type").asText()) {
			case "property" -> {
				String name = binding.path("name").asText();
				yield name.startsWith("camunda:") ? element.getAttributeValueNs(ModelFiles.CAMUNDA, name.substring(8))
						: element.getAttributeValue(name);
			}
			case "camunda:property" -> SchoolTimeTimer.property(element);
			case "camunda:inputParameter" -> element.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)
				.stream().flatMap(io -> io.getCamundaInputParameters().stream())
				.filter(p -> p.getCamundaName().equals(binding.path("name").asText()))
				.map(CamundaInputParameter::getTextContent).findFirst().orElse(null);
			case "camunda:in" -> ((CallActivity) element).getExtensionElements().getChildElementsByType(CamundaIn.class)
				.stream().filter(in -> binding.path("target").asText().equals(in.getCamundaTarget()))
				.map(CamundaIn::getCamundaSource).findFirst().orElse(null);
			case "camunda:out" -> ((CallActivity) element).getExtensionElements().getChildElementsByType(CamundaOut.class)
				.stream().filter(out -> binding.path("source").asText().equals(out.getCamundaSource()))
				.map(CamundaOut::getCamundaTarget).findFirst().orElse(null);
			default -> throw new AssertionError(where + ": unknown binding " + binding);
		};
		String what = where + " " + binding;
		assertThat(value).as(what).isNotBlank();
		switch (property.path("type").asText()) {
			case "Hidden" -> assertThat(value).as(what).isEqualTo(property.path("value").asText());
			case "Dropdown" -> assertThat(value).as(what).isIn(choices(property));
			default -> {
			}
		}
		if (element.getAttributeValueNs(ModelFiles.CAMUNDA, "modelerTemplate").equals("org.fitsflow.SchoolTimeTimer")) {
			assertThat(SchoolTimeTimer.isSchoolTimer(element)).as(where).isTrue();
		}
	}

	@Test
	void theRequestForChangeReminder_afterTwoSchoolDaysUndecided_emailsTheIctOwnerWithTheTask() throws Exception {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T09:00:00Z"))); // a Monday
		Api technician = Api.as(port, "technician");
		Api.Response started = technician.post("/engine-rest/process-definition/key/" + RequestForChangeProcess.KEY
				+ "/start", Map.of());
		String instance = started.json().path("id").asText();
		this.startedHere = instance;
		String reference = started.json().path("businessKey").asText();
		String step1 = asSystem.call(() -> taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
		assertThat(technician.post("/engine-rest/task/" + step1 + "/complete", Api.variables(
				with(RequestForChangeProcess.UNIQUE_IDENTIFIERS, "HALL-PROJ-01")
					.and(RequestForChangeProcess.ITEM_NAMES, "Hall projector")
					.and(RequestForChangeProcess.BRIEF_DESCRIPTION, "Replace the hall projector")
					.and(RequestForChangeProcess.REASON, "Lamp fails weekly")
					.and(RequestForChangeProcess.RAISED_AS, RaisedAs.SECOND_LEVEL_SUPPORT))).status())
			.isEqualTo(204);
		var timer = asSystem.call(() -> managementService.createJobQuery().processInstanceId(instance)
			.activityId(RequestForChangeProcess.TIMER_PROCEED_DECISION_DUE).singleResult());
		assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-25T09:00:00Z")));

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-25T09:05:00Z")));
		asSystem.run(() -> managementService.executeJob(timer.getId()));
		var mailJob = asSystem.call(() -> managementService.createJobQuery().processInstanceId(instance)
			.activityId(RequestForChangeProcess.TASK_REMIND_ICT_OWNER).singleResult());
		asSystem.run(() -> managementService.executeJob(mailJob.getId()));
		// Sent while the clock still says Wednesday: the outbox stamps the e-mail with the engine's time.
		while (mailDispatcher.sendDue() > 0) {
			// every batch, so the reminder is out whatever else waited
		}
		ClockUtil.reset();

		String expected = "Waiting for you: Request a change " + reference;
		MimeMessage reminder = Arrays.stream(TestMail.server().getReceivedMessages())
			.filter(m -> subject(m).equals(expected)).findFirst()
			.orElseThrow(() -> new AssertionError("no e-mail '" + expected + "' among " + Arrays.stream(TestMail.server()
				.getReceivedMessages()).map(ElementTemplatesTest::subject).toList()));
		assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("headteacher@riverside.example.org");
		String approval = asSystem.call(() -> taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
		assertThat(reminder.getContent().toString()).contains("Approve or reject proceeding",
				"/camunda/app/tasklist/default/#/?task=" + approval);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> choices(JsonNode property) {
		List<String> values = new ArrayList<>();
		property.path("choices").forEach(c -> values.add(c.path("value").asText()));
		return values;
	}

	private static List<JsonNode> templates() throws IOException {
		List<JsonNode> all = new ArrayList<>();
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				JsonNode content = JSON.readTree(file.toFile());
				(content.isArray() ? StreamSupport.stream(content.spliterator(), false) : Stream.of(content))
					.forEach(all::add);
			}
		}
		return all;
	}

	private static List<Path> models() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
		}
	}
}
