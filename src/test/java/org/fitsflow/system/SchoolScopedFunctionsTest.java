package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** What a model's candidate groups become for a task of one school. */
class SchoolScopedFunctionsTest {

	private final SchoolScopedFunctions functions = new SchoolScopedFunctions(List.of("ict-owner",
			"single-point-of-contact"));

	@Test
	void aFunctionBecomesItsGroupInTheTasksSchool_otherGroupsStayAsTheyAre() {
		assertThat(functions.inSchool("ict-owner, single-point-of-contact", "hillside"))
			.containsExactly("hillside.ict-owner", "hillside.single-point-of-contact");
		assertThat(functions.inSchool(List.of("ict-owner", "camunda-admin"), "hillside"))
			.containsExactly("hillside.ict-owner", "camunda-admin");
		assertThat(functions.inSchool("hillside.ict-owner", "hillside")).containsExactly("hillside.ict-owner");
	}

	@Test
	void anotherSchoolsGroup_fromAnExpression_isRefused() {
		assertThatThrownBy(() -> functions.inSchool("riverside.ict-owner", "hillside"))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("'riverside.ict-owner' belongs to school 'riverside'");
	}
}
