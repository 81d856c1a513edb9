package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file database, as a fresh install uses. */
@Tag("restart")
class RestartH2Test extends RestartChecks {

	@Override
	void storedWhereExpected() {
		assertThat(folder.resolve("fits-flow.mv.db")).exists();
	}

	@TempDir
	Path folder;

	@Override
	Map<String, Object> database() {
		return Map.of("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("fits-flow").toAbsolutePath(),
				"spring.datasource.username", "sa", "spring.datasource.password", "");
	}
}
