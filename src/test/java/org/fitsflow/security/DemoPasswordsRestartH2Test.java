package org.fitsflow.security;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

@Tag("restart")
class DemoPasswordsRestartH2Test extends DemoPasswordsRestartChecks {

	@TempDir
	Path folder;

	@Override
	Map<String, Object> database() {
		return Map.of("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("fits-flow").toAbsolutePath(),
				"spring.datasource.username", "sa", "spring.datasource.password", "");
	}
}
