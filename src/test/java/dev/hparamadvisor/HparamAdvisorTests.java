package dev.hparamadvisor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on a real port: the catalogue, the OpenAPI document, the operational
 * endpoints, problem details for what it does not serve, and the application's own
 * wiring. The other whole-service suites (conformance, hostile requests, the estimation
 * and recommendation round trips) declare the same configuration, so Spring starts the
 * application once for all of them. Every answer of the API is also checked against the
 * schema the OpenAPI document gives for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class HparamAdvisorTests {

	@Autowired
	private RestTestClient client;

	@LocalServerPort
	private int port;

	private OpenApiSchemas schemas;

	@BeforeEach
	void loadTheDocument() {
		this.schemas = OpenApiSchemas.servedOn(this.port);
	}

	@Test
	void servesTheCatalogue() {
		this.client.get()
			.uri("/v1/parameters")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.count")
			.isEqualTo(19)
			.jsonPath("$.parameters.length()")
			.isEqualTo(19)
			.consumeWith(this.schemas::assertConforms);
	}

	@Test
	void publishesAnOpenApi31DocumentListingTheEndpoints() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.value((String version) -> org.assertj.core.api.Assertions.assertThat(version).startsWith("3.1"))
			.jsonPath("$.info.title")
			.isEqualTo("hparam-advisor")
			.jsonPath("$.paths['/v1/parameters'].get")
			.exists()
			.jsonPath("$.paths['/v1/validate'].post.description")
			.value((String description) -> org.assertj.core.api.Assertions.assertThat(description)
				.contains("`WARMUP_EXCEEDS_TRAINING`", "`FAR_FROM_PRACTICE`"))
			.jsonPath("$.paths['/v1/parameters/{name}'].get.responses['404']")
			.exists()
			.jsonPath("$.components.schemas.Hyperparameter.properties.value_type")
			.exists()
			.jsonPath(
					"$.paths['/v1/parameters/{name}'].get.responses['200'].content['application/json'].examples.example.value.id")
			.isEqualTo("learning_rate")
			.jsonPath(
					"$.paths['/v1/parameters/{name}'].get.responses['404'].content['application/problem+json'].examples.problem.value.status")
			.isEqualTo(404);
	}

	@Test
	void servesSwaggerUi() {
		this.client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

	@Test
	void exposesHealthProbesInfoAndPrometheusOnly() {
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.client.get().uri("/livez").exchange().expectStatus().isOk();
		this.client.get().uri("/readyz").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.build.artifact")
			.isEqualTo("hparam-advisor");
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> org.assertj.core.api.Assertions.assertThat(body)
				.contains("http_server_requests_seconds_count")
				// the per-request long-task timer is switched off (application.yaml)
				.doesNotContain("http_server_requests_active"));
		this.client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
		this.client.get().uri("/actuator/beans").exchange().expectStatus().isNotFound();
	}

	@Test
	void answersAnUnknownPathWithAProblem() {
		this.client.get()
			.uri("/nowhere")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found")
			.jsonPath("$.trace")
			.doesNotExist()
			.consumeWith(this.schemas::assertConforms);
	}

	@Test
	void answersAWrongMethodWithAProblem() {
		this.client.delete()
			.uri("/v1/parameters/lr")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("Allow")
			.expectBody()
			.consumeWith(this.schemas::assertConforms);
	}

	@Test
	void explainsEachProblemTypeAtItsUri() {
		this.client.get()
			.uri("/problems/unknown-parameter")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void readsRequestBodiesStrictly() {
		String base = "\"model\": {\"preset\": \"llama-3.1-8b\"}, \"method\": \"lora\", \"precision\": \"bf16\", "
				+ "\"optimizer\": \"adamw\", \"sequence_length\": 2048, \"gradient_checkpointing\": true";
		for (String body : new String[] { "{" + base + ", \"batch_size\": 4, \"batch_size\": 8}",
				"{" + base + ", \"batch_size\": 1" + "0".repeat(150) + "}", "{" + base + ", \"batch_size\": 4.5}",
				"{" + base + ", \"batch_size\": \"4\"}", "{" + base + ", \"batch_size\": 4, \"bogus\": 1}",
				"{" + base + ", \"batch_size\": 4} trailing" }) {
			this.client.post()
				.uri("/v1/estimate")
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.value((String detail) -> org.assertj.core.api.Assertions.assertThat(detail)
					.doesNotContain("tools.jackson", "Exception"))
				.consumeWith(this.schemas::assertConforms);
		}
	}

	@Test
	void refusesABodyOverTheLimitWith413() {
		byte[] body = new byte[2 * 1024 * 1024];
		java.util.Arrays.fill(body, (byte) ' ');
		this.client.post()
			.uri("/v1/parameters")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.consumeWith(this.schemas::assertConforms);
	}

	@Test
	void jacksonWritesThroughBlackbird(@Autowired JsonMapper mapper) {
		// the application's mapper, not a default one: generated accessors, not
		// reflection
		assertThat(mapper.registeredModules()).anySatisfy((module) -> assertThat(module.getClass().getName())
			.isEqualTo("tools.jackson.module.blackbird.BlackbirdModule"));
	}

}
