package dev.hparamadvisor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The image as ops run it: built from the Dockerfile and the jar {@code package} wrote,
 * started with a read-only root file system, a tmpfs on {@code /tmp} and a memory limit,
 * and called over HTTP on its published port. Failsafe runs it after {@code package}.
 * Without a Docker engine it is skipped with a message, unless {@code REQUIRE_DOCKER} is
 * set (as {@code .ci/run} does), where it fails instead.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerImageIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(ContainerImageIntegrationTests.class);

	private static final String IMAGE = "hparam-advisor-it:latest";

	private static final long MEMORY_LIMIT = 768L * 1024 * 1024;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static GenericContainer<?> container;

	private static RestTestClient client;

	@BeforeAll
	static void buildAndStartTheImage() {
		requireDocker();
		Path jar = Path.of(System.getProperty("jar.file", "target/hparam-advisor-0.1.0-SNAPSHOT.jar"));
		assertThat(jar).as("the jar that package writes, which the Dockerfile copies").exists();
		// An absolute path: with a relative one docker-java has no base directory for the
		// context. The context is the project folder, filtered by .dockerignore.
		ImageFromDockerfile image = new ImageFromDockerfile(IMAGE, false)
			.withDockerfile(Path.of("Dockerfile").toAbsolutePath());
		container = new GenericContainer<>(image).withExposedPorts(8080)
			.withTmpFs(Map.of("/tmp", "rw,noexec,nosuid,size=64m"))
			.withCreateContainerCmdModifier((create) -> create.getHostConfig()
				.withReadonlyRootfs(true)
				.withMemory(MEMORY_LIMIT)
				.withMemorySwap(MEMORY_LIMIT))
			.waitingFor(Wait.forHttp("/readyz").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));
		long start = System.nanoTime();
		container.start();
		logger.info("Image built and container ready in {} ms", (System.nanoTime() - start) / 1_000_000);
		client = RestTestClient.bindToServer()
			.baseUrl("http://" + container.getHost() + ":" + container.getMappedPort(8080))
			.build();
	}

	@AfterAll
	static void stopTheContainerAndRemoveTheImage() {
		if (container == null) {
			return;
		}
		container.stop();
		// Without Ryuk nothing else removes the image; the builder stage's image,
		// untagged,
		// goes with it (found by its label), so that repeated runs leave nothing behind.
		DockerClient docker = DockerClientFactory.instance().client();
		docker.removeImageCmd(IMAGE).withForce(true).exec();
		docker.listImagesCmd()
			.withDanglingFilter(true)
			.withLabelFilter(Map.of("dev.hparamadvisor.stage", "builder"))
			.exec()
			.forEach((builder) -> docker.removeImageCmd(builder.getId()).exec());
	}

	private static void requireDocker() {
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return;
		}
		String why = "No Docker engine answers, so the container image test is skipped. "
				+ "Start one (as root: bash ../shared/ci/local-docker.sh; source ../shared/ci/testcontainers.env).";
		if (System.getenv("REQUIRE_DOCKER") != null) {
			fail(why + " REQUIRE_DOCKER is set: this run must test the image.");
		}
		logger.warn(why);
		Assumptions.abort(why);
	}

	@Test
	@Order(1)
	void runsAsANumericNonRootUserOnAReadOnlyRootFileSystem() throws Exception {
		assertThat(container.getContainerInfo().getConfig().getUser()).isEqualTo("10001:10001");
		ExecResult id = container.execInContainer("id", "-u");
		assertThat(id.getStdout().strip()).isEqualTo("10001");
		ExecResult write = container.execInContainer("sh", "-c", "touch /application/probe");
		assertThat(write.getExitCode()).as("writing to the root file system").isNotZero();
		assertThat(write.getStderr()).contains("Read-only file system");
	}

	@Test
	@Order(1)
	void logsEcsJsonAndStartsFromTheAotCache() throws Exception {
		String firstLine = container.getLogs().lines().filter((line) -> line.startsWith("{")).findFirst().orElseThrow();
		JsonNode event = json.readTree(firstLine);
		assertThat(event.path("@timestamp").isString()).isTrue();
		assertThat(event.path("log").path("level").asString()).isEqualTo("INFO");
		assertThat(event.path("service").path("name").asString()).isEqualTo("hparam-advisor");
		// The JVM warns on stdout when it cannot use the cache (a different JVM or class
		// path).
		assertThat(container.getLogs()).doesNotContain("[aot]").doesNotContain("AOT cache");
		assertThat(container.execInContainer("test", "-s", "/application/app.aot").getExitCode()).isZero();
	}

	@Test
	@Order(1)
	void heapFollowsTheContainersMemoryLimit() {
		String metrics = this.get("/actuator/prometheus");
		double maxHeap = metrics.lines()
			.filter((line) -> line.startsWith("jvm_memory_max_bytes") && line.contains("area=\"heap\""))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.filter((bytes) -> bytes > 0)
			.sum();
		// -XX:MaxRAMPercentage=75 of the 768 MiB limit, not 25% of the machine's memory.
		assertThat(maxHeap).isBetween(0.6 * MEMORY_LIMIT, 0.8 * MEMORY_LIMIT);
	}

	@Test
	@Order(1)
	void servesTheCatalogue() {
		client.get()
			.uri("/v1/parameters")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.count")
			.isEqualTo(19)
			.jsonPath("$.parameters[0].id")
			.isEqualTo("learning_rate");
	}

	@Test
	@Order(1)
	void validatesAConfigurationWithFindings() {
		client.post()
			.uri("/v1/validate")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"hyperparameters": {"learning_rate": -0.001, "top_p": 0.9, "temperature": 0}}""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.valid")
			.isEqualTo(false)
			.jsonPath("$.findings[?(@.parameter == 'learning_rate')].code")
			.isEqualTo("OUT_OF_DOMAIN")
			.jsonPath("$.findings[?(@.code == 'SAMPLING_IGNORED_WHEN_GREEDY')].severity")
			.isEqualTo("WARNING");
	}

	@Test
	@Order(1)
	void estimatesATrainingPlan() {
		client.post()
			.uri("/v1/estimate")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"model": {"preset": "Qwen/Qwen2.5-1.5B"}, "method": "lora", "precision": "bf16",
					 "optimizer": "adamw", "batch_size": 4, "sequence_length": 2048,
					 "gradient_checkpointing": true, "lora": {"r": 16, "target_modules": "all-linear"},
					 "gpu": {"model": "h100-80gb", "count": 1}}""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.fits")
			.isEqualTo(true)
			.jsonPath("$.peak_memory_gib")
			.value((Double gib) -> assertThat(gib).isBetween(1.0, 80.0))
			.jsonPath("$.throughput.tokens_per_second")
			.value((Double tokens) -> assertThat(tokens).isPositive());
		client.get().uri("/v1/estimate/presets").exchange().expectStatus().isOk();
	}

	@Test
	@Order(1)
	void recommendsAConfigurationThatFitsTheGpu() {
		client.post()
			.uri("/v1/recommend")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"task": "chat", "method": "lora", "model": {"preset": "llama-3.1-8b"},
					 "dataset": {"examples": 12000, "avg_tokens": 650, "p95_tokens": 1800},
					 "hardware": {"gpu_memory_gib": 80, "num_gpus": 1}, "priority": "balanced"}""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.plan.feasible")
			.isEqualTo(true)
			.jsonPath("$.recommendations[?(@.id == 'learning_rate')].value")
			.exists();
		client.post()
			.uri("/v1/recommend?format=axolotl")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"task\": \"chat\", \"method\": \"qlora\", \"model\": {\"preset\": \"llama-3.1-8b\"}, "
					+ "\"dataset\": {\"examples\": 5000, \"avg_tokens\": 400}}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	@Order(1)
	void answersTheProbesAndBuildInformation() {
		for (String probe : new String[] { "/livez", "/readyz", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			client.get().uri(probe).exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
		}
		client.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.build.artifact")
			.isEqualTo("hparam-advisor")
			.jsonPath("$.build.version")
			.exists();
	}

	@Test
	@Order(2)
	void exportsPerEndpointTimersAndFindingCounts() {
		client.post()
			.uri("/v1/validate")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"hyperparameters\": {\"dropout\": 1.5}}")
			.exchange()
			.expectStatus()
			.isOk();
		String metrics = this.get("/actuator/prometheus");
		assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/v1/validate\"[^}]*\\}")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/v1/estimate\"[^}]*\\}")
			.containsPattern(
					"hparam_advisor_findings_total\\{[^}]*code=\"OUT_OF_DOMAIN\"[^}]*severity=\"ERROR\"[^}]*\\} [1-9]");
	}

	@Test
	@Order(3)
	void shutsDownGracefullyOnSigterm() {
		DockerClient docker = container.getDockerClient();
		String id = container.getContainerId();
		docker.stopContainerCmd(id).withTimeout(30).exec();
		InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
		// 143 = 128 + SIGTERM: the JVM, as PID 1, got the signal and ran its shutdown
		// hooks.
		assertThat(state.getExitCodeLong()).isEqualTo(143L);
		assertThat(container.getLogs()).contains("Commencing graceful shutdown").contains("Graceful shutdown complete");
	}

	private String get(String path) {
		return client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
