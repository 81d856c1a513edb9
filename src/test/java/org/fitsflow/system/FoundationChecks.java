package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.fitsflow.startup.ImplementationPlanProcess;
import org.fitsflow.system.process.ModelDeployment;
import org.fitsflow.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The service a school gets from the foundation, checked over HTTP as its people would use it. Run on H2 and on
 * PostgreSQL by the two subclasses.
 */
abstract class FoundationChecks {

	static final String SCHOOL = "/api/schools/riverside";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	IdentityService identityService;

	Api as(String userId) {
		return Api.as(port, userId);
	}

	@Test
	void startup_deploysEveryModelAndForm() {
		// The first start deploys the repository's files as one deployment (later tests may deploy new versions).
		var first = repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME)
			.orderByDeploymentTime().asc().list().get(0);
		assertThat(repositoryService.getDeploymentResourceNames(first.getId()))
			.contains("bpmn/implementation-plan.bpmn", "forms/implementation-plan-prepare.form");
		assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(first.getId())
			.processDefinitionKey(ImplementationPlanProcess.KEY).count()).isEqualTo(1);
	}

	@Test
	void administrator_existsWithConfiguredPassword() {
		assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId("admin").count()).isEqualTo(1);
		assertThat(identityService.checkPassword("admin", "test-admin-password")).isTrue();
	}

	@Test
	void everyFunctionHolder_logsIn_andSeesTheirSchool() {
		for (String user : List.of("headteacher", "administrator", "assistant", "technician", "provider", "teacher")) {
			Api.Response schools = as(user).get("/api/schools");
			assertThat(schools.status()).as(user).isEqualTo(200);
			assertThat(schools.json().findValuesAsText("id")).as(user).containsExactly("riverside");
			assertThat(as(user).get("/engine-rest/task").status()).as(user).isEqualTo(200);
		}
	}

	@Test
	void restCalls_withoutOrWithWrongCredentials_areRefused() {
		for (String path : List.of("/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/deployment",
				"/api/schools", SCHOOL + "/people", "/api/mail/outbox", "/api/openapi")) {
			assertThat(Api.anonymous(port).get(path).status()).as(path).isEqualTo(401);
			// Not a demo user: the engine delays a user's logins after failed attempts.
			assertThat(Api.as(port, "nobody-at-all", "wrong-password").get(path).status()).as(path).isEqualTo(401);
		}
	}

	@Test
	void openApiDescription_documentsTheFunctionsApi() {
		Api.Response openapi = as("headteacher").get("/api/openapi");
		assertThat(openapi.status()).isEqualTo(200);
		assertThat(openapi.json().path("paths").has("/api/schools/{schoolId}/functions/{function}/holders/{userId}")).isTrue();
		assertThat(openapi.json().path("info").path("title").asText()).isEqualTo("FITS Flow API");
		// The description names every area the API has (each controller's tag), not some of them.
		String description = openapi.json().path("info").path("description").asText().toLowerCase();
		java.util.Set<String> areas = new java.util.TreeSet<>();
		openapi.json().path("paths").forEach(path -> path.forEach(operation -> operation.path("tags")
			.forEach(tag -> areas.add(tag.asText()))));
		assertThat(areas).isNotEmpty().allSatisfy(area -> assertThat(description).contains(area.toLowerCase()));
	}

	@Test
	void functions_listEachFunctionWithItsHolders() {
		JsonNode functions = as("teacher").get(SCHOOL + "/functions").json();
		assertThat(functions.findValuesAsText("function")).containsExactly("ict-owner", "single-point-of-contact",
				"first-level-support", "second-level-support", "design", "provision", "implementation", "maintenance",
				"ict-users");
		assertThat(holders(functions, "ict-owner")).containsExactly("headteacher");
		assertThat(holders(functions, "provision")).containsExactly("provider");
		assertThat(holders(functions, "ict-users")).contains("teacher", "headteacher").doesNotContain("provider");
	}

	@Test
	void secondIctOwner_isRefusedNamingTheRule() {
		String deputy = addStaff("deputy", true);
		Api.Response refused = as("headteacher").put(SCHOOL + "/functions/ict-owner/holders/" + deputy, null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("rule").asText()).isEqualTo("one-ict-owner");
		assertThat(refused.json().path("detail").asText()).contains("already has an ICT owner", "Helen Hart");
		assertThat(holders(as("headteacher").get(SCHOOL + "/functions").json(), "ict-owner")).containsExactly("headteacher");
	}

	@Test
	void serviceProvider_asIctOwnerOrFirstLevelSupport_isRefused() {
		Api.Response owner = as("admin").put(SCHOOL + "/ict-owner", Map.of("userId", "provider"));
		assertThat(owner.status()).isEqualTo(409);
		assertThat(owner.json().path("rule").asText()).isEqualTo("ict-owner-is-school-staff");
		assertThat(owner.json().path("detail").asText()).contains("Pat Price", "must be a member of the school staff");

		Api.Response firstLevel = as("admin").put(SCHOOL + "/functions/first-level-support/holders/provider", null);
		assertThat(firstLevel.status()).isEqualTo(409);
		assertThat(firstLevel.json().path("rule").asText()).isEqualTo("first-level-support-is-school-staff");
	}

	@Test
	void ictOwnerOutsideTheLeadershipTeam_isRefused() {
		Api.Response refused = as("admin").put(SCHOOL + "/ict-owner", Map.of("userId", "teacher"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("rule").asText()).isEqualTo("ict-owner-is-on-leadership-team");
	}

	@Test
	void removingTheIctOwner_isRefused_handOverInstead() {
		Api.Response refused = as("admin").delete(SCHOOL + "/functions/ict-owner/holders/headteacher");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("rule").asText()).isEqualTo("one-ict-owner");
	}

	@Test
	void onePersonMayHoldSeveralFunctions_andAProviderMayHoldTechnicalOnes() {
		assertThat(as("headteacher").put(SCHOOL + "/functions/second-level-support/holders/provider", null).status())
			.isEqualTo(200);
		JsonNode provider = person("provider");
		assertThat(texts(provider.path("functions"))).containsExactlyInAnyOrder("provision", "second-level-support");
		assertThat(as("headteacher").delete(SCHOOL + "/functions/second-level-support/holders/provider").status())
			.isEqualTo(200);
	}

	@Test
	void onlyTheIctOwnerOrAnAdministrator_changesFunctions() {
		Api.Response refused = as("technician").put(SCHOOL + "/functions/design/holders/teacher", null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().path("detail").asText()).contains("Only the ICT owner");
	}

	@Test
	void personWithMissingFields_isRefusedNamingEachField() {
		Api.Response refused = as("headteacher").post(SCHOOL + "/people", Map.of("userId", "nobody"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("detail").asText()).contains("name:", "email:", "employment:");
		assertThat(as("headteacher").get(SCHOOL + "/people").json().findValuesAsText("userId")).doesNotContain("nobody");
	}

	@Test
	void changingAPerson_takesTheUserIdFromTheAddress_andIsNeverPartial() {
		String userId = addStaff("changed", false);
		Map<String, Object> details = new java.util.HashMap<>(Map.of("name", "Dee Changed", "email", userId
				+ "@riverside.example.org", "employment", "SCHOOL_STAFF", "leadershipTeam", true));
		Api.Response changed = as("headteacher").put(SCHOOL + "/people/" + userId, details);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(person(userId).path("name").asText()).isEqualTo("Dee Changed");
		assertThat(person(userId).path("leadershipTeam").asBoolean()).isTrue();

		// The same user id in the body is fine; another one is refused, naming the field.
		details.put("userId", userId);
		assertThat(as("headteacher").put(SCHOOL + "/people/" + userId, details).status()).isEqualTo(200);
		details.put("userId", "someone-else");
		Api.Response renamed = as("headteacher").put(SCHOOL + "/people/" + userId, details);
		assertThat(renamed.status()).isEqualTo(400);
		assertThat(texts(renamed.json().path("fields"))).singleElement().asString().startsWith("userId: ");

		// No partial update: an omitted detail is refused by name, and nothing changes.
		Api.Response partial = as("headteacher").put(SCHOOL + "/people/" + userId, Map.of("name", "Only A Name"));
		assertThat(partial.status()).isEqualTo(400);
		assertThat(texts(partial.json().path("fields"))).anyMatch(f -> f.startsWith("email: "))
			.anyMatch(f -> f.startsWith("employment: ")).anyMatch(f -> f.startsWith("leadershipTeam: "));
		assertThat(person(userId).path("name").asText()).isEqualTo("Dee Changed");
		assertThat(person(userId).path("leadershipTeam").asBoolean()).isTrue();
	}

	@Test
	void everyBadRequest_carriesFields() {
		// A refusal about one field names it (a provider without its name, a password where none may be given) ...
		Api.Response provider = as("headteacher").post(SCHOOL + "/people", Map.of("userId", "p-" + UUID.randomUUID()
			.toString().substring(0, 8), "name", "Pro Vider", "email", "pro@provider.example", "employment",
				"SERVICE_PROVIDER", "leadershipTeam", false, "password", "a-long-password"));
		assertThat(provider.status()).isEqualTo(400);
		assertThat(texts(provider.json().path("fields"))).singleElement().asString().startsWith("providerName: ");
		String loginElsewhere = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
		var login = identityService.newUser(loginElsewhere);
		login.setPassword("another-long-password");
		identityService.saveUser(login);
		Api.Response existingLogin = as("headteacher").post(SCHOOL + "/people", Map.of("userId", loginElsewhere, "name",
				"Ella Where", "email", "ella@riverside.example.org", "employment", "SCHOOL_STAFF", "leadershipTeam", false,
				"password", "a-long-password"));
		assertThat(existingLogin.status()).isEqualTo(400);
		assertThat(texts(existingLogin.json().path("fields"))).singleElement().asString().startsWith("password: ");
		Api.Response wrongKind = as("headteacher").post(SCHOOL + "/people", Map.of("userId", "x", "name", "X", "email",
				"x@riverside.example.org", "employment", "CARETAKER", "leadershipTeam", false));
		assertThat(wrongKind.status()).isEqualTo(400);
		assertThat(texts(wrongKind.json().path("fields"))).singleElement().asString().startsWith("employment: ");
		// ... and one about the request as a whole has an empty list.
		Api.Response unknown = as("headteacher").put(SCHOOL + "/functions/caretaker/holders/teacher", null);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("fields").isArray()).isTrue();
		assertThat(unknown.json().path("fields")).isEmpty();
	}

	@Test
	void unknownFunction_isRefusedListingTheRealOnes() {
		Api.Response refused = as("headteacher").put(SCHOOL + "/functions/caretaker/holders/teacher", null);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("detail").asText()).contains("'caretaker' is not a FITS function", "ict-owner");
	}

	@Test
	void tasklistFilters_eachFunctionSeesItsOwn() {
		assertThat(filterNames("administrator")).contains("Single point of contact", "My tasks", "Overdue")
			.doesNotContain("ICT owner", "First-level support", "Provision");
		assertThat(filterNames("technician")).contains("Second-level support", "Design", "Implementation", "Maintenance")
			.doesNotContain("Provision", "Single point of contact");
		assertThat(filterNames("teacher")).containsExactlyInAnyOrder("My tasks", "Overdue");
	}

	@Test
	void ictUser_cannotStartTheIctOwnersProcess() {
		Api.Response refused = as("teacher").post("/engine-rest/process-definition/key/" + org.fitsflow.startup.ImplementationPlanProcess.KEY + "/start", Map.of());
		assertThat(refused.status()).isEqualTo(403);
	}

	List<String> filterNames(String user) {
		List<String> names = new java.util.ArrayList<>();
		as(user).get("/engine-rest/filter?resourceType=Task").json().forEach(filter -> names.add(filter.path("name").asText()));
		return names;
	}

	JsonNode person(String userId) {
		for (JsonNode p : as("headteacher").get(SCHOOL + "/people").json()) {
			if (p.path("userId").asText().equals(userId)) {
				return p;
			}
		}
		throw new AssertionError("no person " + userId);
	}

	String addStaff(String prefix, boolean leadership) {
		String userId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		Api.Response added = as("headteacher").post(SCHOOL + "/people", Map.of("userId", userId, "name", "Dee Puty",
				"email", userId + "@riverside.example.org", "employment", "SCHOOL_STAFF", "leadershipTeam", leadership,
				"password", "a-long-password"));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		return userId;
	}

	static List<String> holders(JsonNode functions, String function) {
		for (JsonNode f : functions) {
			if (f.path("function").asText().equals(function)) {
				return f.path("holders").findValuesAsText("userId");
			}
		}
		throw new AssertionError("no function " + function);
	}

	static List<String> texts(JsonNode array) {
		List<String> values = new java.util.ArrayList<>();
		array.forEach(v -> values.add(v.asText()));
		return values;
	}
}
