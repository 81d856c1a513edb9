package org.fitsflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages by FITS process depend on each other one way only: no cycle between them (incident and problem, school
 * and mail, school and system once had one each). Read from the sources' references to org.fitsflow packages.
 */
class PackageDependenciesTest {

	private static final Path MAIN = Path.of("src/main/java/org/fitsflow");
	private static final Pattern REFERENCE = Pattern.compile("org\\.fitsflow\\.([a-z]+)\\.");

	@Test
	void packages_haveNoCycles() throws IOException {
		Map<String, Set<String>> uses = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = MAIN.relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the application class
				}
				String from = relative.getName(0).toString();
				uses.computeIfAbsent(from, k -> new TreeSet<>());
				Matcher m = REFERENCE.matcher(Files.readString(file));
				while (m.find()) {
					if (!m.group(1).equals(from)) {
						uses.computeIfAbsent(from, k -> new TreeSet<>()).add(m.group(1));
					}
				}
			}
		}
		assertThat(uses).as("the packages were read").containsKeys("incident", "problem", "school", "mail", "system");
		List<String> cycles = new ArrayList<>();
		for (String start : uses.keySet()) {
			findCycles(start, start, new ArrayList<>(List.of(start)), uses, cycles);
		}
		assertThat(cycles).as("package cycles (each package's dependencies: " + uses + ")").isEmpty();
	}

	private static void findCycles(String start, String at, List<String> path, Map<String, Set<String>> uses,
			List<String> cycles) {
		for (String next : uses.getOrDefault(at, Set.of())) {
			if (next.equals(start)) {
				cycles.add(String.join(" -> ", path) + " -> " + start);
			}
			else if (!path.contains(next) && next.compareTo(start) > 0) {
				path.add(next);
				findCycles(start, next, path, uses, cycles);
				path.remove(path.size() - 1);
			}
		}
	}
}
