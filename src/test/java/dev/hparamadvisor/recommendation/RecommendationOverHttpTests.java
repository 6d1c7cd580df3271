package dev.hparamadvisor.recommendation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service: the OpenAPI document of {@code /v1/recommend}, and the round trip
 * over HTTP, each example's recommendation posted to {@code /v1/validate} with its
 * validation context, and each export posted as that tool's configuration.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class RecommendationOverHttpTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	RestTestClient client;

	@Test
	void openApiDocumentHasTheOperationItsExamplesAndTheFormats() {
		String document = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode operation = JSON.readTree(document).path("paths").path("/v1/recommend").path("post");
		assertThat(operation.path("operationId").asString()).isEqualTo("recommend");
		JsonNode examples = operation.path("requestBody").path("content").path("application/json").path("examples");
		assertThat(examples.propertyNames()).contains("lora-8b-chat", "qlora-70b-48gib", "infeasible-full-70b");
		assertThat(operation.path("responses").path("400").path("content").path("application/problem+json").toString())
			.contains("/dataset/examples");
		assertThat(operation.path("parameters").toString()).contains("axolotl", "llamafactory", "openai");
		assertThat(operation.path("responses").path("200").path("content").has("application/yaml")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { RecommendationExamples.LORA_8B, RecommendationExamples.QLORA_70B,
			RecommendationExamples.FULL_70B_24GIB })
	void eachExamplesRecommendationValidatesWithoutErrorOrWarning(String example) {
		JsonNode recommendation = post("/v1/recommend", "application/json", example);
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("hyperparameters", recommendation.get("configuration"));
		envelope.put("context", recommendation.get("validation_context"));
		JsonNode report = post("/v1/validate", "application/json", JSON.writeValueAsString(envelope));
		assertThat(report.path("summary").path("errors").asInt()).as(report.toString()).isZero();
		assertThat(report.path("summary").path("warnings").asInt()).as(report.toString()).isZero();
	}

	@ParameterizedTest
	@EnumSource(ExportFormat.class)
	void eachExportIsReadAsItsToolsConfigurationWithoutError(ExportFormat format) {
		String exported = this.client.post()
			.uri("/v1/recommend?format=" + format.name().toLowerCase(java.util.Locale.ROOT))
			.header("Content-Type", "application/json")
			.body(RecommendationExamples.LORA_8B)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode report = post("/v1/validate?dialect=" + format.name().toLowerCase(java.util.Locale.ROOT),
				format.mediaType(), exported);
		assertThat(report.path("dialect").asString()).isEqualTo(format.name().toLowerCase(java.util.Locale.ROOT));
		assertThat(report.path("summary").path("errors").asInt()).as(report.toString()).isZero();
		assertThat(report.path("summary").path("warnings").asInt()).as(report.toString()).isZero();
	}

	private JsonNode post(String uri, String contentType, String body) {
		String answer = this.client.post()
			.uri(uri)
			.header("Content-Type", contentType)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(answer);
	}

}
