package dev.hparamadvisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dockerfile, the compose file and the Kubernetes manifests agree with each other and
 * with application.yaml: the same user, port, probes and shutdown budget. Checked without
 * Docker or a cluster; the image test and a cluster check what they do.
 */
class DeploymentFilesTests {

	private static final YAMLMapper yaml = YAMLMapper.builder().build();

	private final JsonNode application = read("src/main/resources/application.yaml");

	private final Duration shutdownPhase = DurationStyle
		.detectAndParse(this.application.at("/spring/lifecycle/timeout-per-shutdown-phase").asString());

	@Test
	void dockerfileFollowsTheRulesOfTheClassicBuilderAndOfTheImage() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
		assertThat(lines).noneMatch((line) -> line.startsWith("# syntax="));
		assertThat(lines).filteredOn((line) -> !line.startsWith("#")).noneMatch((line) -> line.contains("--mount"));
		assertThat(lines).contains("FROM eclipse-temurin:25-jre", "USER 10001:10001",
				"ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs");
		assertThat(lines).filteredOn((line) -> line.startsWith("COPY --from=builder"))
			.extracting((line) -> line.split(" ")[2])
			.containsExactly("/builder/extracted/dependencies/", "/builder/extracted/spring-boot-loader/",
					"/builder/extracted/snapshot-dependencies/", "/builder/extracted/application/");
		assertThat(String.join("\n", lines)).contains("ENTRYPOINT [\"java\"")
			.contains("-XX:AOTCache=app.aot")
			.contains("-XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh")
			.containsPattern("HEALTHCHECK [^\\n]*\\n[^\\n]*/readyz");
	}

	@Test
	void composeRunsTheServiceHealthyReadOnlyAndStopsItGracefully() {
		JsonNode service = read("docker-compose.yml").at("/services/hparam-advisor");
		assertThat(service.at("/ports/0").asString()).endsWith(":" + this.port());
		assertThat(service.at("/healthcheck/test").toString()).contains("/readyz");
		assertThat(service.at("/read_only").asBoolean()).isTrue();
		assertThat(service.at("/environment/LOGGING_STRUCTURED_FORMAT_CONSOLE").asString()).isEqualTo("ecs");
		assertThat(DurationStyle.detectAndParse(service.at("/stop_grace_period").asString()))
			.isGreaterThan(this.shutdownPhase);
	}

	@Test
	void deploymentRunsAsTheImagesUserWithProbesAndAShutdownBudget() {
		JsonNode pod = read("deploy/kubernetes/deployment.yaml").at("/spec/template/spec");
		assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
		assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(10001);
		JsonNode container = pod.at("/containers/0");
		assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
		assertThat(container.at("/volumeMounts/0/mountPath").asString()).isEqualTo("/tmp");
		assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(this.port());
		assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/livez");
		assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/readyz");
		assertThat(container.at("/resources/requests/cpu").isMissingNode()).as("the autoscaler needs a CPU request")
			.isFalse();
		Duration preStop = Duration.ofSeconds(container.at("/lifecycle/preStop/exec/command/1").asLong());
		assertThat(Duration.ofSeconds(pod.at("/terminationGracePeriodSeconds").asLong()))
			.isGreaterThan(preStop.plus(this.shutdownPhase));
	}

	@Test
	void serviceAndAutoscalerPointAtTheDeployment() {
		JsonNode deployment = read("deploy/kubernetes/deployment.yaml");
		JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
		JsonNode service = read("deploy/kubernetes/service.yaml");
		assertThat(service.at("/spec/selector")).isEqualTo(podLabels);
		assertThat(service.at("/spec/ports/0/targetPort").asString()).isEqualTo("http");
		JsonNode autoscaler = read("deploy/kubernetes/horizontalpodautoscaler.yaml");
		assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asString()).isEqualTo("Deployment");
		assertThat(autoscaler.at("/spec/scaleTargetRef/name").asString())
			.isEqualTo(deployment.at("/metadata/name").asString());
		assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
	}

	private int port() {
		// server.port is ${PORT:8080}
		return Integer.parseInt(this.application.at("/server/port").asString().replaceAll("\\D", ""));
	}

	private static JsonNode read(String file) {
		return yaml.readTree(Path.of(file).toFile());
	}

}
