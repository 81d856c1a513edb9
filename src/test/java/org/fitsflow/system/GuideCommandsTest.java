package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.testsupport.Api;
import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The guides' commands work as written: every {@code sh} block of {@code README.md} and {@code docs/*.md} runs, with
 * curl, against the started service, in the order a reader meets it; the administrator's guide first, because its
 * "Set up your school" makes the school the other guides' commands use. The placeholders the guides define
 * ({@code $FITS}, {@code $SCHOOL}, {@code $ADMIN_PASSWORD}, {@code $FIRST_PASSWORD}) are set to this test's service, a
 * fresh school, and passwords.
 *
 * <p>A block that cannot run here (starting the service, building, Docker, settings for the server) is marked in the
 * Markdown on the line before it with {@code <!-- not run: why -->}; the test lists every such block with its reason.
 * A curl command anywhere else (inline code, a block of another language) fails the test. Each guide's blocks run in
 * one bash session, as a reader's terminal would, in a fresh directory; curl fails on any HTTP error answer.
 */
@ServiceTest
class GuideCommandsTest {

	/** The school the guides set up: not there before, as after a fresh install's first start it has no one. */
	static final String SCHOOL = "greenfield";
	static final String ADMIN_PASSWORD = "test-admin-password";
	static final String FIRST_PASSWORD = "a-first-password-2026";

	private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([A-Za-z]*)\\s*$");
	private static final Pattern NOT_RUN = Pattern.compile("^\\s*<!-- not run: (.+?) -->\\s*$");
	private static final Set<String> SHELL = Set.of("sh", "bash", "shell", "");

	/** A fenced block: where it starts, its language, its text, and the reason it is not run (null: it is). */
	record Block(Path file, int line, String language, String text, String notRun) {
		String where() {
			return file + ":" + line;
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	MailDispatcher mailDispatcher;

	@TempDir
	Path work;

	private Set<String> runningBefore = Set.of();

	@AfterEach
	void endWhatTheGuidesStarted() {
		List<String> started = runtimeService.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId)
			.filter(id -> !runningBefore.contains(id)).toList();
		runtimeService.deleteProcessInstancesIfExists(started, "guide commands tested", true, true, false);
		while (mailDispatcher.sendDue() > 0) {
			// next batch
		}
	}

	@Test
	void everyCommandOfTheGuides_runsAsWritten_orIsMarkedWithWhyNot() throws Exception {
		assumeTrue(onPath("curl") && onPath("unzip"),
				"The guides' commands are run with curl (and unzip): install them (Debian: apt-get install curl unzip)");
		runningBefore = runtimeService.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId)
			.collect(Collectors.toSet());
		// The school exists from the first start (FITS_SCHOOL_ID), with nobody in it yet.
		Api.Response school = Api.as(port, "admin", ADMIN_PASSWORD).post("/api/schools",
				Map.of("id", SCHOOL, "name", "Greenfield Primary School"));
		assertThat(school.status()).as(school.toString()).isEqualTo(201);

		List<String> problems = new ArrayList<>();
		List<String> notRun = new ArrayList<>();
		int ran = 0;
		for (Path guide : guides()) {
			List<Block> blocks = blocks(guide, problems);
			blocks.stream().filter(b -> b.notRun() != null).forEach(b -> notRun.add(b.where() + ": " + b.notRun()));
			List<Block> runnable = blocks.stream().filter(b -> b.notRun() == null && SHELL.contains(b.language())).toList();
			if (!runnable.isEmpty()) {
				String failed = run(guide, runnable);
				if (failed != null) {
					problems.add(failed);
				}
				ran += runnable.size();
			}
		}
		System.out.println("Guide commands: " + ran + " blocks run; not run, as marked in the guides:");
		notRun.forEach(n -> System.out.println("  " + n));
		assertThat(problems).as("the guides' commands").isEmpty();
		assertThat(ran).as("blocks run").isGreaterThan(10);
	}

	/** The administrator's guide first (it sets the school up), then the README, then the other guides by name. */
	static List<Path> guides() throws IOException {
		List<Path> guides = new ArrayList<>();
		guides.add(Path.of("docs", "administrator.md"));
		guides.add(Path.of("README.md"));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter(p -> p.toString().endsWith(".md") && !guides.contains(p)).sorted(Comparator.naturalOrder())
				.forEach(guides::add);
		}
		return guides;
	}

	/**
	 * The guide's fenced blocks. A shell block (sh, bash, shell, or no language) is a command; a not-run marker must
	 * come right before a block; curl outside a shell block is a problem.
	 */
	static List<Block> blocks(Path guide, List<String> problems) throws IOException {
		List<String> lines = Files.readAllLines(guide, StandardCharsets.UTF_8);
		List<Block> blocks = new ArrayList<>();
		String reason = null;
		int reasonLine = 0;
		for (int i = 0; i < lines.size(); i++) {
			Matcher fence = FENCE.matcher(lines.get(i));
			Matcher marker = NOT_RUN.matcher(lines.get(i));
			if (marker.matches()) {
				reason = marker.group(1).trim();
				reasonLine = i + 1;
				continue;
			}
			if (fence.matches()) {
				int start = i + 1;
				StringBuilder text = new StringBuilder();
				for (i = i + 1; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
					text.append(lines.get(i).substring(Math.min(fence.group(1).length(), leading(lines.get(i))))).append('\n');
				}
				String language = fence.group(2).toLowerCase();
				if (!SHELL.contains(language) && text.toString().matches("(?s).*\\bcurl\\s.*")) {
					problems.add(guide + ":" + start + ": a curl command in a '" + language + "' block: write commands in sh "
							+ "blocks, where they are run");
				}
				if (reason != null && !SHELL.contains(language)) {
					problems.add(guide + ":" + reasonLine + ": a not-run marker before a '" + language + "' block, which is "
							+ "not run anyway");
				}
				blocks.add(new Block(guide, start, language, text.toString(), reason));
				reason = null;
				continue;
			}
			if (reason != null && !lines.get(i).isBlank()) {
				problems.add(guide + ":" + reasonLine + ": a not-run marker must come right before its block");
				reason = null;
			}
			if (lines.get(i).matches(".*`\\s*curl\\s[^`]*`.*")) {
				problems.add(guide + ":" + (i + 1) + ": a curl command in the text: put it in a sh block, where it is run");
			}
		}
		return blocks;
	}

	private static int leading(String line) {
		int n = 0;
		while (n < line.length() && line.charAt(n) == ' ') {
			n++;
		}
		return n;
	}

	/** Runs the blocks in one bash session; null when all succeeded, otherwise which failed and what it said. */
	private String run(Path guide, List<Block> blocks) throws IOException, InterruptedException {
		Path dir = Files.createDirectories(work.resolve(guide.getFileName().toString()));
		StringBuilder script = new StringBuilder("set -eu\n")
			// As a reader sees it, minus the progress meter; an HTTP error answer is a failed command.
			.append("curl() { command curl --silent --show-error --fail-with-body \"$@\"; }\n");
		for (Block block : blocks) {
			script.append("echo '>>> ").append(block.where()).append("' >&2\n").append(block.text()).append('\n');
		}
		script.append("echo '>>> done' >&2\n");
		Path file = dir.resolve("guide.sh");
		Files.writeString(file, script);
		ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).directory(dir.toFile())
			.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
		Map<String, String> env = bash.environment();
		env.putAll(placeholders());
		env.put("HOME", dir.toString());
		Process process = bash.start();
		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		String out = Files.readString(dir.resolve("out.txt"));
		String err = Files.readString(dir.resolve("err.txt"));
		if (finished && process.exitValue() == 0 && err.contains(">>> done")) {
			return null;
		}
		String last = err.lines().filter(l -> l.startsWith(">>> ")).reduce((a, b) -> b).orElse(">>> " + guide);
		return "the block at " + last.substring(4) + (finished ? " failed (exit " + process.exitValue() + ")" : " took too long")
				+ "\n--- its output:\n" + tail(out) + "\n--- its errors:\n" + tail(err);
	}

	private Map<String, String> placeholders() {
		Map<String, String> values = new HashMap<>();
		values.put("FITS", "http://localhost:" + port);
		values.put("SCHOOL", SCHOOL);
		values.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
		values.put("FIRST_PASSWORD", FIRST_PASSWORD);
		return values;
	}

	private static String tail(String text) {
		return text.length() <= 3000 ? text : "..." + text.substring(text.length() - 3000);
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && Stream.of(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
	}
}
