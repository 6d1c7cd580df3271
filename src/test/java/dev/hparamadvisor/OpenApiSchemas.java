package dev.hparamadvisor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI document the running service serves, as a test oracle: finds the schema it
 * documents for an operation, a status and a media type, and checks a response body
 * against it (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 * <p>
 * Checks are stricter than the document: an object schema that lists its properties and
 * says nothing of others is read as closed ({@code unevaluatedProperties: false}), so a
 * field the service sends but the document does not name fails the check. Formats are
 * asserted.
 * <p>
 * A response to a path or method the document does not list (an unknown path, a wrong
 * method) must still be a problem detail, and is checked against the
 * {@code ProblemDetail} schema.
 */
public final class OpenApiSchemas {

	private static final Map<Integer, OpenApiSchemas> SERVED = new ConcurrentHashMap<>();

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String PROBLEM = "ProblemDetail";

	private final JsonNode document;

	private final ObjectNode strictComponents;

	private final List<Operation> operations;

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	OpenApiSchemas(JsonNode document) {
		this.document = document;
		this.strictComponents = (ObjectNode) document.path("components").deepCopy();
		this.strictComponents.path("schemas").forEach(OpenApiSchemas::close);
		this.operations = operations(document);
	}

	/** The document served on this port, fetched once per port. */
	public static OpenApiSchemas servedOn(int port) {
		return SERVED.computeIfAbsent(port, OpenApiSchemas::fetch);
	}

	private static OpenApiSchemas fetch(int port) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("GET /v3/api-docs").isEqualTo(200);
			return new OpenApiSchemas(MAPPER.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not fetch the OpenAPI document", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted fetching the OpenAPI document", ex);
		}
	}

	public JsonNode document() {
		return this.document;
	}

	/** Every operation of the document, in its order. */
	public List<Operation> operations() {
		return this.operations;
	}

	/** The documented operation this request reached, if the document lists one. */
	public Optional<Operation> operation(HttpMethod method, String path) {
		return this.operations.stream()
			.filter((operation) -> operation.method().equals(method) && operation.matches(path))
			.min(Comparator.comparingInt(Operation::variables));
	}

	/**
	 * Checks the exchange against the document: a documented status, a documented media
	 * type, and a body that matches its schema.
	 */
	public void assertConforms(ExchangeResult result) {
		MediaType contentType = result.getResponseHeaders().getContentType();
		assertConforms(result.getMethod(), result.getUrl().getRawPath(), result.getStatus().value(), contentType,
				result.getResponseBodyContent());
	}

	public void assertConforms(HttpMethod method, String path, int status, @Nullable MediaType contentType,
			byte[] body) {
		String where = method + " " + path + " -> " + status + " " + contentType;
		Optional<Operation> operation = operation(method, path);
		if (operation.isEmpty()) {
			assertThat(contentType).as(where + ": undocumented paths and methods answer problem details")
				.isNotNull()
				.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
			assertMatchesComponent(PROBLEM, body, where);
			return;
		}
		JsonNode responses = operation.get().node().path("responses");
		JsonNode response = responses.path(Integer.toString(status));
		if (response.isMissingNode()) {
			response = responses.path(status / 100 + "XX");
		}
		if (response.isMissingNode()) {
			response = responses.path("default");
		}
		if (response.isMissingNode()) {
			fail(where + ": status " + status + " is not documented for " + operation.get());
		}
		JsonNode content = response.path("content");
		if (content.isMissingNode() || content.isEmpty()) {
			assertThat(body).as(where + ": documented without content").isNullOrEmpty();
			return;
		}
		assertThat(contentType).as(where + ": content type").isNotNull();
		String documented = documentedMediaType(content, contentType);
		if (documented == null) {
			fail(where + ": content type " + contentType + " is not among the documented " + names(content));
		}
		JsonNode schema = content.path(documented).path("schema");
		if (schema.isMissingNode()) {
			fail(where + ": no schema is documented for " + documented);
		}
		assertMatches(schema, body, where);
	}

	/** Checks a body against a schema of {@code components.schemas}. */
	public void assertMatchesComponent(String name, byte[] body, String where) {
		assertThat(this.document.path("components").path("schemas").has(name)).as("schema " + name + " exists")
			.isTrue();
		assertMatches(MAPPER.createObjectNode().put("$ref", "#/components/schemas/" + name), body, where);
	}

	private void assertMatches(JsonNode schemaNode, byte[] body, String where) {
		JsonNode instance;
		try {
			instance = MAPPER.readTree(body);
		}
		catch (RuntimeException ex) {
			throw new AssertionError(where + ": the body is not JSON: " + new String(body, StandardCharsets.UTF_8), ex);
		}
		Schema schema = this.schemas.computeIfAbsent(schemaNode.toString(), (key) -> {
			ObjectNode root = MAPPER.createObjectNode();
			root.setAll((ObjectNode) schemaNode.deepCopy());
			root.set("components", this.strictComponents);
			return this.registry.getSchema(root);
		});
		List<Error> errors = schema.validate(instance);
		if (!errors.isEmpty()) {
			fail(where + ": the body does not match the documented schema " + schemaNode + ":\n  "
					+ String.join("\n  ", errors.stream().map(Error::toString).toList()) + "\nbody: "
					+ abbreviate(instance.toString()));
		}
	}

	private static @Nullable String documentedMediaType(JsonNode content, MediaType actual) {
		String exact = null;
		for (String name : content.propertyNames()) {
			MediaType candidate = MediaType.parseMediaType(name);
			if (candidate.getType().equals(actual.getType()) && candidate.getSubtype().equals(actual.getSubtype())) {
				return name;
			}
			if (exact == null && candidate.includes(actual)) {
				exact = name;
			}
		}
		return exact;
	}

	private static List<String> names(JsonNode content) {
		return new ArrayList<>(content.propertyNames());
	}

	/** Closes object schemas that list their properties and leave others unsaid. */
	private static void close(JsonNode schema) {
		if (!(schema instanceof ObjectNode object)) {
			if (schema.isArray()) {
				schema.forEach(OpenApiSchemas::close);
			}
			return;
		}
		if (object.has("properties") && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
			object.put("unevaluatedProperties", false);
		}
		for (String keyword : List.of("properties", "patternProperties", "$defs")) {
			object.path(keyword).forEach(OpenApiSchemas::close);
		}
		for (String keyword : List.of("items", "additionalProperties", "not", "if", "then", "else")) {
			close(object.path(keyword));
		}
		for (String keyword : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
			object.path(keyword).forEach(OpenApiSchemas::close);
		}
	}

	private static List<Operation> operations(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				HttpMethod method = HttpMethod.valueOf(entry.getKey().toUpperCase(java.util.Locale.ROOT));
				operations.add(new Operation(method, path.getKey(), entry.getValue()));
			}
		}
		return List.copyOf(operations);
	}

	private static String abbreviate(String text) {
		return (text.length() > 2000) ? text.substring(0, 2000) + "..." : text;
	}

	/**
	 * One operation of the document.
	 *
	 * @param method its HTTP method
	 * @param path its path template
	 * @param node its operation object
	 */
	public record Operation(HttpMethod method, String path, JsonNode node) {

		public String id() {
			return this.node.path("operationId").asString(this.method + " " + this.path);
		}

		int variables() {
			return (int) this.path.chars().filter((c) -> c == '{').count();
		}

		boolean matches(String actual) {
			String regex = String.join("[^/]+",
					List.of(this.path.split("\\{[^}/]+}", -1)).stream().map(Pattern::quote).toList());
			return actual.matches(regex);
		}

		/** The request body's named examples for a media type, by name. */
		public Map<String, JsonNode> requestExamples(String mediaType) {
			Map<String, JsonNode> examples = new java.util.LinkedHashMap<>();
			this.node.path("requestBody")
				.path("content")
				.path(mediaType)
				.path("examples")
				.properties()
				.forEach((example) -> examples.put(example.getKey(), example.getValue().path("value")));
			return examples;
		}

		public boolean hasRequestBody() {
			return this.node.has("requestBody");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path + " (" + id() + ")";
		}

	}

}
