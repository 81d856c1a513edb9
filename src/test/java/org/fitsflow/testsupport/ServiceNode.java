package org.fitsflow.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.fitsflow.FitsFlowApplication;

/**
 * FITS Flow as a separate Java process started from this test's classpath, as a server runs it: its own JVM, engine,
 * job executor, outbox poller and port. Its output goes to a log file (named in every failure) under target/.
 */
public final class ServiceNode implements AutoCloseable {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private final String name;
	private final int port;
	private final Process process;
	private final Path log;

	private ServiceNode(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a node with the test profile and these settings (command-line arguments, so they win over the profile);
	 * returns at once, while it starts.
	 */
	public static ServiceNode start(String name, Map<String, Object> settings) {
		int port = FreePort.find();
		Path log = Path.of("target", "nodes", name + "-" + port + ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				FitsFlowApplication.class.getName(), "--spring.profiles.active=test", "--server.port=" + port));
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			return new ServiceNode(name, port, process, log);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start node " + name, e);
		}
	}

	public String name() {
		return name;
	}

	public int port() {
		return port;
	}

	public Api as(String userId) {
		return Api.as(port, userId);
	}

	/** Waits until the node's readiness probe says UP (the start-up runners done); fails at once if it died. */
	public ServiceNode awaitReady(Duration atMost) {
		await("node " + name + " ready (log: " + log + ")").atMost(atMost).pollInterval(Duration.ofMillis(500))
			.until(() -> {
				if (!process.isAlive()) {
					throw new AssertionError("Node " + name + " stopped with exit code " + process.exitValue()
							+ " while starting; its log: " + log + "\n" + tail());
				}
				return readiness() == 200;
			});
		return this;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	public int readiness() {
		try {
			return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException notListeningYet) {
			return -1;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** The last lines of the node's log, for a failure message. */
	public String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	public String log() {
		try {
			return Files.readString(log);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}
}
