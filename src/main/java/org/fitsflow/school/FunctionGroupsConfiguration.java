package org.fitsflow.school;

import java.util.Arrays;

import org.fitsflow.system.SchoolScopedFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine plugin that turns a FITS function named in a model into that function's group in the task's school. */
@Configuration
class FunctionGroupsConfiguration {

	@Bean
	SchoolScopedFunctions schoolScopedFunctions() {
		return new SchoolScopedFunctions(Arrays.stream(FitsFunction.values()).map(FitsFunction::groupId).toList());
	}
}
