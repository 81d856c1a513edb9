package org.fitsflow.school;

import java.util.Arrays;

import org.fitsflow.system.SchoolScopedFunctions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine plugins that turn a FITS function named in a model into that function's group in the task's school, and
 * that copy what Tasklist's rows show onto each task.
 */
@Configuration
class FunctionGroupsConfiguration {

	@Bean
	SchoolScopedFunctions schoolScopedFunctions() {
		return new SchoolScopedFunctions(Arrays.stream(FitsFunction.values()).map(FitsFunction::groupId).toList());
	}

	@Bean
	static TasklistRows tasklistRows(ObjectProvider<TasklistColumns> models) {
		return new TasklistRows(() -> models.orderedStream().toList());
	}
}
