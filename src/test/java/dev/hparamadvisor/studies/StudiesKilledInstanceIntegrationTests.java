package dev.hparamadvisor.studies;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.postgresql.PostgreSQLContainer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance killed with SIGKILL in the middle of a study loses nothing it acknowledged:
 * the service runs as a child process (this JVM's class path, the application's main),
 * workers ask and complete over HTTP, the process is destroyed forcibly while they do,
 * another starts on the same PostgreSQL, and every completion that was answered 200 is
 * there with its value.
 */
class StudiesKilledInstanceIntegrationTests {

	private static PostgreSQLContainer postgres;

	private static Process instance;

	@BeforeAll
	static void startPostgres() {
		Docker.require("the killed-instance study test");
		postgres = new PostgreSQLContainer("postgres:15");
		postgres.start();
	}

	@AfterAll
	static void stopEverything() {
		if (instance != null) {
			instance.destroyForcibly();
		}
		if (postgres != null) {
			postgres.stop();
		}
	}

	@Test
	void aKilledInstanceLosesNoAcknowledgedCompletion() throws Exception {
		StudyWorkers http = new StudyWorkers();
		String base = start();
		String id = http.create(base, "killed", 10_000, 8);
		Map<Integer, Double> acknowledged = new ConcurrentHashMap<>();
		AtomicBoolean stop = new AtomicBoolean();
		Thread worker = new Thread(() -> {
			while (!stop.get()) {
				try {
					StudyWorkers.Answer asked = http.post(base, "/v1/studies/" + id + "/trials", "{}");
					if (asked.status() != 201) {
						continue;
					}
					int number = asked.body().path("number").asInt();
					double value = 2.0 + number / 100.0;
					StudyWorkers.Answer done = http.post(base, "/v1/studies/" + id + "/trials/" + number + "/complete",
							"{\"value\": " + value + "}");
					if (done.status() == 200) {
						acknowledged.put(number, value);
					}
				}
				catch (Exception connectionLost) {
					return;
				}
			}
		});
		worker.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		instance.destroyForcibly().waitFor();
		stop.set(true);
		worker.join(10_000);
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
		String again = start();
		JsonNode study = http.get(again, "/v1/studies/" + id).body();
		Map<Integer, Double> stored = new ConcurrentHashMap<>();
		study.path("trials").forEach((t) -> {
			if (t.path("state").asString().equals("COMPLETED")) {
				stored.put(t.path("number").asInt(), t.path("value").asDouble());
			}
		});
		assertThat(stored).containsAllEntriesOf(acknowledged);
	}

	private static String start() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = Files.createTempFile("studies-instance", ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		instance = new ProcessBuilder(
				List.of(java, "-cp", System.getProperty("java.class.path"), "dev.hparamadvisor.HparamAdvisor",
						"--server.port=" + port, "--spring.datasource.url=" + postgres.getJdbcUrl(),
						"--spring.datasource.username=" + postgres.getUsername(),
						"--spring.datasource.password=" + postgres.getPassword()))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		String base = "http://127.0.0.1:" + port;
		StudyWorkers http = new StudyWorkers();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			if (!instance.isAlive()) {
				throw new IllegalStateException("the instance stopped: " + tail(log.toFile()));
			}
			try {
				if (http.get(base, "/readyz").status() == 200) {
					return base;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the instance did not become ready: " + tail(log.toFile()));
	}

	private static String tail(File log) throws IOException {
		List<String> lines = Files.readAllLines(log.toPath());
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

}
