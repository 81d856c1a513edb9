package org.fitsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;

/**
 * The staff import and leaving through the API, as an attacker tries them: another school's ICT owner, a teacher of
 * the school and a caller without a login are refused, and nobody is added or removed.
 */
@ServiceTest
class StaffImportAttackTest extends TwoSchools {

	private static final String IMPORT = "/api/schools/riverside/people/import";

	@Test
	void onlyTheSchoolsIctOwnerOrAnAdministrator_mayImportStaff_orMakeSomeoneLeave() {
		String userId = "mallory" + UUID.randomUUID().toString().substring(0, 6);
		byte[] csv = ("Name,E-mail,Role,User name\nMallory Moss," + userId + "@evil.example,Headteacher," + userId + "\n")
			.getBytes(StandardCharsets.UTF_8);
		long people = count("person", RIVERSIDE);

		Api.Response hillOwner = as("hill-owner").postForm(IMPORT, Map.of("firstPassword", PASSWORD),
				Map.of("file", Map.entry("staff.csv", csv)));
		assertThat(hillOwner.status()).as(hillOwner.toString()).isEqualTo(403);
		Api.Response teacher = Api.as(port, "teacher").postForm(IMPORT, Map.of("firstPassword", PASSWORD),
				Map.of("file", Map.entry("staff.csv", csv)));
		assertThat(teacher.status()).isEqualTo(403);
		assertThat(Api.anonymous(port).postForm(IMPORT, Map.of("firstPassword", PASSWORD),
				Map.of("file", Map.entry("staff.csv", csv))).status()).isEqualTo(401);
		assertThat(count("person", RIVERSIDE)).isEqualTo(people);
		assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = ?", Long.class, userId)).isZero();

		// Nor may they make riverside's people leave; the ICT owner cannot leave without handing over first.
		assertThat(as("hill-owner").delete("/api/schools/riverside/people/teacher").status()).isEqualTo(403);
		assertThat(Api.as(port, "teacher").delete("/api/schools/riverside/people/assistant").status()).isEqualTo(403);
		Api.Response ownerLeaving = Api.as(port, "admin").delete("/api/schools/riverside/people/headteacher");
		assertThat(ownerLeaving.status()).isEqualTo(409);
		assertThat(ownerLeaving.json().path("rule").asText()).isEqualTo("one-ict-owner");
		assertThat(count("person", RIVERSIDE)).isEqualTo(people);
	}
}
