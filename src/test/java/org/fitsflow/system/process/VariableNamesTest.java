package org.fitsflow.system.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Process variables are named in the contract classes only: no engine call in the Java code or its tests takes a
 * variable's name as a string literal (write {@code IMPACT.get(execution)}, {@code variableName(CHANGE_REFERENCE.name())}).
 */
class VariableNamesTest {

	private static final Pattern LITERAL_NAME = Pattern.compile("\\b(getVariable|getVariableLocal|getVariableTyped|setVariable"
			+ "|setVariableLocal|removeVariable|variableName|processVariableValueEquals|variableValueEquals|putValue"
			+ "|withVariables|taskVariableValueEquals|getVariables)\\(\\s*(\"|[a-zA-Z.()]+,\\s*\")");

	@Test
	void engineCalls_nameVariablesThroughTheContracts() throws IOException {
		List<String> found = new ArrayList<>();
		for (String root : List.of("src/main/java", "src/test/java")) {
			try (Stream<Path> files = Files.walk(Path.of(root))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					List<String> lines = Files.readAllLines(file);
					if (lines.stream().noneMatch(l -> l.startsWith("import org.camunda.bpm") || l.startsWith("import static org.camunda"))) {
						continue; // not engine code (a Thymeleaf context has variables too)
					}
					for (int i = 0; i < lines.size(); i++) {
						if (LITERAL_NAME.matcher(lines.get(i)).find()) {
							found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
						}
					}
				}
			}
		}
		assertThat(found).as("engine calls with a variable name written as a literal").isEmpty();
	}
}
