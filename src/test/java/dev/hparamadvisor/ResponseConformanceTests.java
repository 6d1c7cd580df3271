package dev.hparamadvisor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the served OpenAPI document, called with the request examples the
 * document carries and with requests it must refuse: each answer has a documented status
 * and content type, and its body matches the documented schema. Operations are read from
 * the document, so a new endpoint is covered as soon as it is documented.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ResponseConformanceTests {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

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
	void theDocumentListsTheServedOperations() {
		assertThat(this.schemas.operations()).extracting(OpenApiSchemas.Operation::id)
			.contains("listParameters", "getParameter", "listSources", "validate", "estimate", "presets");
	}

	@TestFactory
	Stream<DynamicTest> everyOperationAnswersItsDocumentedExamples() {
		List<DynamicTest> tests = new ArrayList<>();
		for (OpenApiSchemas.Operation operation : this.schemas.operations()) {
			if (stateful(operation)) {
				continue;
			}
			String path = concretePath(operation);
			if (!operation.hasRequestBody()) {
				tests.add(DynamicTest.dynamicTest(operation.toString(),
						() -> assertSuccess(exchange(operation.method(), path, null, null))));
				for (Map.Entry<String, String> query : enumQueries(operation).entrySet()) {
					tests.add(DynamicTest.dynamicTest(operation + " ?" + query.getKey() + "=" + query.getValue(),
							() -> assertSuccess(exchange(operation.method(),
									path + "?" + query.getKey() + "=" + query.getValue(), null, null))));
				}
				continue;
			}
			JsonNode content = operation.node().path("requestBody").path("content");
			assertThat(content.propertyNames()).as(operation + " documents its request body").isNotEmpty();
			for (String mediaType : content.propertyNames()) {
				Map<String, JsonNode> examples = operation.requestExamples(mediaType);
				assertThat(examples).as(operation + " carries an example request for " + mediaType).isNotEmpty();
				examples.forEach((name, value) -> tests
					.add(DynamicTest.dynamicTest(operation + " " + mediaType + " example " + name,
							() -> assertSuccess(exchange(operation.method(), path, MediaType.parseMediaType(mediaType),
									value.isString() ? value.asString().getBytes(StandardCharsets.UTF_8)
											: value.toString().getBytes(StandardCharsets.UTF_8))))));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyOperationRefusesWhatItDoesNotTakeWithADocumentedProblem() {
		List<DynamicTest> tests = new ArrayList<>();
		for (OpenApiSchemas.Operation operation : this.schemas.operations()) {
			if (stateful(operation)) {
				continue;
			}
			String path = concretePath(operation);
			MediaType json = operation.hasRequestBody() ? MediaType.APPLICATION_JSON : null;
			byte[] empty = operation.hasRequestBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null;
			tests.add(DynamicTest.dynamicTest(operation + ": unknown query parameter -> 400",
					() -> assertProblem(exchange(operation.method(), path + "?bogus=1", json, empty), 400)));
			tests.add(DynamicTest.dynamicTest(operation + ": undocumented method -> 405", () -> {
				HttpMethod other = undocumentedMethod(path);
				EntityExchangeResult<byte[]> result = exchange(other, path, null, null);
				assertProblem(result, 405);
				assertThat(result.getResponseHeaders().getAllow()).as("Allow").contains(operation.method());
			}));
			if (operation.hasRequestBody()) {
				tests.add(DynamicTest.dynamicTest(operation + ": malformed JSON -> 400",
						() -> assertProblem(
								exchange(operation.method(), path, json, "{\"a\": ".getBytes(StandardCharsets.UTF_8)),
								400)));
				tests.add(DynamicTest.dynamicTest(operation + ": no body -> 400",
						() -> assertProblem(exchange(operation.method(), path, json, new byte[0]), 400)));
				tests.add(DynamicTest.dynamicTest(operation + ": an array -> 400",
						() -> assertProblem(
								exchange(operation.method(), path, json, "[1]".getBytes(StandardCharsets.UTF_8)),
								400)));
				tests.add(DynamicTest.dynamicTest(operation + ": text/plain -> 415",
						() -> assertProblem(exchange(operation.method(), path, MediaType.TEXT_PLAIN,
								"lr=1".getBytes(StandardCharsets.UTF_8)), 415)));
				// a run's log may be 32 MB (hparam-advisor.limits.max-log-bytes);
				// everything else 1 MB
				int megabytes = path.equals("/v1/diagnose") ? 33 : 2;
				tests.add(DynamicTest.dynamicTest(operation + ": " + megabytes + " MiB body -> 413", () -> {
					byte[] large = new byte[megabytes * 1024 * 1024];
					java.util.Arrays.fill(large, (byte) ' ');
					assertProblem(exchange(operation.method(), path, json, large), 413);
				}));
			}
			else {
				tests.add(DynamicTest.dynamicTest(operation + ": Accept application/xml -> 406", () -> {
					EntityExchangeResult<byte[]> result = this.client.method(operation.method())
						.uri(path)
						.accept(MediaType.APPLICATION_XML)
						.exchange()
						.expectBody()
						.returnResult();
					assertThat(result.getStatus().value()).isEqualTo(406);
					this.schemas.assertConforms(result);
				}));
			}
			for (String parameter : pathParameters(operation)) {
				tests
					.add(DynamicTest.dynamicTest(operation + ": unknown " + parameter + " -> 404",
							() -> assertProblem(exchange(operation.method(),
									operation.path().replace("{" + parameter + "}", "no-such-thing"), json, empty),
									404)));
			}
		}
		tests.add(DynamicTest.dynamicTest("an unknown path -> 404",
				() -> assertProblem(exchange(HttpMethod.GET, "/v1/nowhere", null, null), 404)));
		return tests.stream();
	}

	@Test
	void aFilterValueThatDoesNotExistIsADocumentedProblem() {
		assertProblem(exchange(HttpMethod.GET, "/v1/parameters?phase=serving", null, null), 400);
	}

	@Test
	void aConstraintViolationInAnEstimateIsADocumentedProblemNamingTheField() {
		String plan = "{\"model\": {\"preset\": \"llama-3.1-8b\"}, \"method\": \"lora\", \"precision\": \"bf16\", "
				+ "\"batch_size\": %s, \"sequence_length\": 2048}";
		for (String batch : List.of("0", "-1", "65537", "4.5", "\"4\"", "null")) {
			EntityExchangeResult<byte[]> result = exchange(HttpMethod.POST, "/v1/estimate", MediaType.APPLICATION_JSON,
					plan.formatted(batch).getBytes(StandardCharsets.UTF_8));
			assertProblem(result, 400);
			assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8)).as(batch)
				.contains("/batch_size");
		}
	}

	@Test
	void aConfigurationThatIsNotAnObjectIsADocumentedProblem() {
		assertProblem(exchange(HttpMethod.POST, "/v1/validate", MediaType.APPLICATION_JSON,
				"{\"hyperparameters\": 5}".getBytes(StandardCharsets.UTF_8)), 400);
		assertProblem(
				exchange(HttpMethod.POST, "/v1/validate", YAML, "a: [1, 2\nb: {".getBytes(StandardCharsets.UTF_8)),
				400);
		assertProblem(exchange(HttpMethod.POST, "/v1/validate?dialect=nonesuch", MediaType.APPLICATION_JSON,
				"{\"lr\": 1e-4}".getBytes(StandardCharsets.UTF_8)), 400);
	}

	@Test
	void aValidationReportWithEveryPartMatchesItsSchema() {
		String body = """
				{"hyperparameters": {"learning_rate": 2e-4, "per_device_train_batch_size": 4,
				  "num_train_epochs": 3, "warmup_steps": 9000, "optim": "paged_adamw_8bit", "lerning_rate": 1,
				  "output_dir": "out", "fp16": true, "bf16": true, "top_p": 0},
				 "context": {"method": "lora", "task": "chat", "model_parameters": 8.0e9, "dataset_examples": 12000,
				  "num_devices": 2, "model_max_context": 8192, "gpu_memory_gib": 80}}
				""";
		assertSuccess(exchange(HttpMethod.POST, "/v1/validate", MediaType.APPLICATION_JSON,
				body.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void anEstimateWithoutAGpuMatchesItsSchema() {
		String body = "{\"model\": {\"parameters\": 1.0e9}, \"method\": \"full\", \"precision\": \"mixed\", "
				+ "\"batch_size\": 1, \"sequence_length\": 512}";
		assertSuccess(exchange(HttpMethod.POST, "/v1/estimate", MediaType.APPLICATION_JSON,
				body.getBytes(StandardCharsets.UTF_8)));
	}

	private EntityExchangeResult<byte[]> exchange(HttpMethod method, String uri, @Nullable MediaType contentType,
			byte @Nullable [] body) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(uri);
		if (contentType != null) {
			request.contentType(contentType);
		}
		if (body != null) {
			request.body(body);
		}
		return request.exchange().expectBody().returnResult();
	}

	private void assertSuccess(EntityExchangeResult<byte[]> result) {
		assertThat(result.getStatus().is2xxSuccessful())
			.as("%s %s: %s", result.getMethod(), result.getUrl(),
					new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
			.isTrue();
		this.schemas.assertConforms(result);
	}

	private void assertProblem(EntityExchangeResult<byte[]> result, int status) {
		assertThat(result.getStatus().value())
			.as("%s %s: %s", result.getMethod(), result.getUrl(),
					new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
			.isEqualTo(status);
		assertThat(result.getResponseHeaders().getContentType()).isNotNull()
			.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
		this.schemas.assertConforms(result);
	}

	/**
	 * Whether the operation acts on stored state (a study), which an example path cannot
	 * name: {@code StudiesHttpTests} checks those answers against the document.
	 */
	private static boolean stateful(OpenApiSchemas.Operation operation) {
		for (JsonNode tag : operation.node().path("tags")) {
			if ("studies".equals(tag.asString())) {
				return true;
			}
		}
		return false;
	}

	/** The operation's path with each variable set to the example the document gives. */
	private static String concretePath(OpenApiSchemas.Operation operation) {
		String path = operation.path();
		for (JsonNode parameter : operation.node().path("parameters")) {
			if ("path".equals(parameter.path("in").asString())) {
				JsonNode example = parameter.has("example") ? parameter.path("example")
						: parameter.path("schema").path("enum").path(0);
				assertThat(example.isMissingNode()).as(operation + " gives an example of " + parameter.path("name"))
					.isFalse();
				path = path.replace("{" + parameter.path("name").asString() + "}", example.asString());
			}
		}
		return path;
	}

	private static List<String> pathParameters(OpenApiSchemas.Operation operation) {
		List<String> names = new ArrayList<>();
		for (JsonNode parameter : operation.node().path("parameters")) {
			if ("path".equals(parameter.path("in").asString())) {
				names.add(parameter.path("name").asString());
			}
		}
		return names;
	}

	/** Each query parameter with an enum, set to its first value. */
	private static Map<String, String> enumQueries(OpenApiSchemas.Operation operation) {
		Map<String, String> queries = new java.util.LinkedHashMap<>();
		for (JsonNode parameter : operation.node().path("parameters")) {
			JsonNode values = parameter.path("schema").path("enum");
			if ("query".equals(parameter.path("in").asString()) && !values.isEmpty()) {
				queries.put(parameter.path("name").asString(), values.path(0).asString());
			}
		}
		return queries;
	}

	private HttpMethod undocumentedMethod(String path) {
		for (HttpMethod method : List.of(HttpMethod.DELETE, HttpMethod.PUT, HttpMethod.PATCH)) {
			if (this.schemas.operation(method, path).isEmpty()) {
				return method;
			}
		}
		throw new IllegalStateException("Every method is documented for " + path);
	}

}
