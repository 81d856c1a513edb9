package org.fitsflow.school;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/** On an H2 file database, as a fresh install uses. */
@Tag("restart")
class ReviewScheduleRestartH2Test extends ReviewScheduleRestartChecks {

	@TempDir
	Path folder;

	@Override
	Map<String, Object> database() {
		return Map.of("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("fits-flow").toAbsolutePath(),
				"spring.datasource.username", "sa", "spring.datasource.password", "");
	}
}
