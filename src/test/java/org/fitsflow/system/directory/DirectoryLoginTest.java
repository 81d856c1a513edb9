package org.fitsflow.system.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.TestDirectory;
import org.fitsflow.testsupport.TestMail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An installation whose logins are checked against the school's directory (a real LDAP server), with two schools.
 * People and their FITS functions are FITS Flow's, added through its API without passwords; passwords are the
 * directory's. The administrator keeps a local password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:fits-directory;DB_CLOSE_DELAY=-1", "fits.demo.enabled=false" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = { TestMail.class, TestDirectory.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryLoginTest {

	static final String RIVERSIDE = "/api/schools/riverside";
	static final String HILLSIDE = "/api/schools/hillside";

	@LocalServerPort
	int port;

	@BeforeAll
	void aDirectoryWithStaff_andTwoSchoolsInFitsFlow() {
		TestDirectory.addAccount("jdoe", "Jo", "Doe", "jo-directory-pass");
		TestDirectory.addAccount("hmoss", "Hal", "Moss", "hal-directory-pass");
		TestDirectory.addAccount("kbrown", "Kim", "Brown", "kim-directory-pass");
		TestDirectory.addAccount("mgreen", "Mo", "Green", "mo-directory-pass");
		TestDirectory.addAccount("lmills", "Lee", "Mills", "lee-directory-pass");
		TestDirectory.addAccount("nfox", "Nat", "Fox", "nat-directory-pass");
		TestDirectory.addAccount("visitor", "Vic", "Visitor", "vic-directory-pass");
		TestDirectory.addAccount("rlee", "Ria", "Lee", "ria-directory-pass");

		assertThat(admin().post("/api/schools", Map.of("id", "hillside", "name", "Hillside Primary School")).status())
			.isEqualTo(201);
		addPerson(RIVERSIDE, "jdoe", "Jo Doe", true);
		addPerson(HILLSIDE, "hmoss", "Hal Moss", true);
		for (String staff : new String[] { "kbrown", "mgreen", "lmills", "nfox" }) {
			addPerson(RIVERSIDE, staff, staff, false);
		}
		assertThat(admin().put(RIVERSIDE + "/functions/ict-owner/holders/jdoe", null).status()).isEqualTo(200);
		assertThat(admin().put(HILLSIDE + "/functions/ict-owner/holders/hmoss", null).status()).isEqualTo(200);
	}

	@Test
	void directoryPassword_logsInOverRest_andGetsTheirOwnSchoolsFitsTasks() {
		Api jo = Api.as(port, "jdoe", "jo-directory-pass");
		assertThat(jo.get("/api/schools").json().findValuesAsText("id")).containsExactly("riverside");
		assertThat(jo.post("/engine-rest/process-definition/key/implementation-plan/start", Map.of()).status())
			.isEqualTo(200);
		Api hal = Api.as(port, "hmoss", "hal-directory-pass");
		assertThat(hal.post("/engine-rest/process-definition/key/implementation-plan/start", Map.of()).status())
			.isEqualTo(200);

		JsonNode joTasks = jo.get("/engine-rest/task").json();
		assertThat(joTasks.findValuesAsText("name")).contains("Plan and prepare");
		assertThat(joTasks.findValuesAsText("tenantId")).as("the ICT owner's work of Jo's school only")
			.isNotEmpty().containsOnly("riverside");
		assertThat(hal.get("/engine-rest/task").json().findValuesAsText("tenantId")).isNotEmpty().containsOnly("hillside");
	}

	@Test
	void wrongDirectoryPassword_isRefused_andDelaysTheNextTry_asALocalOneWould() {
		assertThat(Api.as(port, "kbrown", "not-kims-password").get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(Api.as(port, "kbrown", "kim-directory-pass").get("/engine-rest/task").status())
			.as("right password straight after a wrong one: the engine's delay applies").isEqualTo(401);
		try {
			ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 60_000));
			assertThat(Api.as(port, "kbrown", "kim-directory-pass").get("/engine-rest/task").status()).isEqualTo(200);
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	void emptyPassword_wildcard_orAnAccountFitsFlowDoesNotKnow_isRefused() {
		// An empty password would be an anonymous bind that many directories accept.
		assertThat(Api.as(port, "mgreen", "").get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(Api.as(port, "*", "jo-directory-pass").get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(Api.as(port, "jd*", "jo-directory-pass").get("/api/schools").status()).isEqualTo(401);
		// In the directory, but not a person of any school here.
		assertThat(Api.as(port, "visitor", "vic-directory-pass").get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(Api.as(port, "visitor", "vic-directory-pass").get("/api/schools").status()).isEqualTo(401);
	}

	@Test
	void directoryDown_refusesItsLogins_withoutCountingThemWrong_andTheAdministratorStillLogsIn() {
		Api lee = Api.as(port, "lmills", "lee-directory-pass");
		assertThat(lee.get("/api/schools").status()).isEqualTo(200);
		TestDirectory.down();
		try {
			assertThat(lee.get("/api/schools").status()).isEqualTo(401);
			assertThat(lee.get("/api/schools").status()).isEqualTo(401);
			assertThat(admin().get("/api/schools").status()).as("the administrator's password is local").isEqualTo(200);
		}
		finally {
			TestDirectory.up();
		}
		assertThat(lee.get("/api/schools").status()).as("not locked out by the outage").isEqualTo(200);
	}

	@Test
	void addingOrChangingAPerson_takesNoPassword_andOnlyADirectoryAccount_changingNothingOtherwise() {
		Api.Response withPassword = admin().post(RIVERSIDE + "/people",
				person("nfox2", "Nat Fox", false, "a-password-in-fits-flow"));
		assertThat(withPassword.status()).isEqualTo(400);
		assertThat(withPassword.json().path("detail").asText()).contains("password", "kept in its directory");

		Api.Response unknown = admin().post(RIVERSIDE + "/people", person("ghost", "Gus Ghost", false, null));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("detail").asText()).contains("userId", "no account 'ghost'");

		TestDirectory.down();
		Api.Response down;
		try {
			down = admin().post(RIVERSIDE + "/people", person("rlee", "Ria Lee", false, null));
		}
		finally {
			TestDirectory.up();
		}
		assertThat(down.status()).isEqualTo(503);
		assertThat(down.json().path("title").asText()).isEqualTo("School directory unavailable");

		Api.Response reset = admin().put(RIVERSIDE + "/people/kbrown", person("kbrown", "Kim Brown", false,
				"a-password-in-fits-flow"));
		assertThat(reset.status()).isEqualTo(400);
		assertThat(reset.json().path("detail").asText()).contains("kept in its directory");

		assertThat(admin().get(RIVERSIDE + "/people").json().findValuesAsText("userId"))
			.doesNotContain("nfox2", "ghost", "rlee");
	}

	@Test
	void passwordSetThroughCamunda_isRefused_andTheDirectoryOneStillWorks() {
		Api nat = Api.as(port, "nfox", "nat-directory-pass");
		Api.Response own = nat.put("/engine-rest/user/nfox/credentials",
				Map.of("password", "a-local-password-1", "authenticatedUserPassword", "nat-directory-pass"));
		assertThat(own.status()).isEqualTo(400);
		assertThat(own.json().path("message").asText()).contains("kept in its directory");
		Api.Response byAdministrator = admin().put("/engine-rest/user/jdoe/credentials",
				Map.of("password", "a-local-password-1", "authenticatedUserPassword", "test-admin-password"));
		assertThat(byAdministrator.status()).isEqualTo(400);

		assertThat(nat.get("/api/schools").status()).isEqualTo(200);
		assertThat(Api.as(port, "nfox", "a-local-password-1").get("/api/schools").status()).isEqualTo(401);
	}

	private Api admin() {
		return Api.as(port, "admin");
	}

	private void addPerson(String school, String userId, String name, boolean leadership) {
		Api.Response added = admin().post(school + "/people", person(userId, name, leadership, null));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
	}

	private static Map<String, Object> person(String userId, String name, boolean leadership, String password) {
		Map<String, Object> person = new HashMap<>();
		person.put("userId", userId);
		person.put("name", name);
		person.put("email", userId + "@riverside.example");
		person.put("employment", "SCHOOL_STAFF");
		person.put("leadershipTeam", leadership);
		person.put("password", password);
		return person;
	}
}
