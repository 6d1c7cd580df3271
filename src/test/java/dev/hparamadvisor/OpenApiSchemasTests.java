package dev.hparamadvisor;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema oracle itself: it passes what the document allows and catches what it does
 * not.
 */
class OpenApiSchemasTests {

	private static final String DOCUMENT = """
			{"openapi": "3.1.0",
			 "paths": {"/v1/things/{id}": {"get": {"operationId": "thing", "responses": {
			   "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
			   "404": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}}}}}}},
			 "components": {"schemas": {
			   "Thing": {"type": "object", "required": ["id"], "properties": {
			     "id": {"type": "string"}, "url": {"type": ["string", "null"], "format": "uri"}}},
			   "ProblemDetail": {"type": "object", "required": ["status"], "properties": {
			     "type": {"type": "string", "format": "uri-reference"}, "status": {"type": "integer"}}}}}}
			""";

	private final OpenApiSchemas schemas = new OpenApiSchemas(JsonMapper.builder().build().readTree(DOCUMENT));

	@Test
	void passesAResponseTheDocumentAllows() {
		assertThatCode(() -> check("/v1/things/7", 200, "application/json", "{\"id\": \"7\", \"url\": null}"))
			.doesNotThrowAnyException();
		assertThatCode(() -> check("/v1/things/7", 404, "application/problem+json",
				"{\"type\": \"/problems/not-found\", \"status\": 404}"))
			.doesNotThrowAnyException();
	}

	@Test
	void catchesAFieldTheDocumentDoesNotName() {
		assertThatThrownBy(() -> check("/v1/things/7", 200, "application/json", "{\"id\": \"7\", \"colour\": 1}"))
			.hasMessageContaining("colour");
	}

	@Test
	void catchesAMissingRequiredFieldAWrongTypeAndABadFormat() {
		assertThatThrownBy(() -> check("/v1/things/7", 200, "application/json", "{}")).hasMessageContaining("id");
		assertThatThrownBy(() -> check("/v1/things/7", 200, "application/json", "{\"id\": 7}"))
			.hasMessageContaining("/id");
		assertThatThrownBy(() -> check("/v1/things/7", 200, "application/json", "{\"id\": \"7\", \"url\": \"a b\"}"))
			.hasMessageContaining("/url");
	}

	@Test
	void catchesAnUndocumentedStatusOrContentType() {
		assertThatThrownBy(() -> check("/v1/things/7", 409, "application/problem+json", "{\"status\": 409}"))
			.hasMessageContaining("409 is not documented");
		assertThatThrownBy(() -> check("/v1/things/7", 200, "text/plain", "7"))
			.hasMessageContaining("is not among the documented");
	}

	@Test
	void holdsUndocumentedPathsToTheProblemSchema() {
		assertThatCode(() -> check("/nowhere", 404, "application/problem+json", "{\"status\": 404}"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> check("/nowhere", 404, "text/html", "<html>")).isInstanceOf(AssertionError.class);
	}

	private void check(String path, int status, String contentType, String body) {
		this.schemas.assertConforms(HttpMethod.GET, path, status, MediaType.parseMediaType(contentType),
				body.getBytes(StandardCharsets.UTF_8));
	}

}
