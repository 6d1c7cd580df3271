package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real configuration of ../shared/data posted twice: once in its own tool's names
 * (the row's {@code raw_names}, with the tool named), once under canonical names in our
 * envelope. The normalized results must be equal.
 */
@WebMvcTest(ValidationController.class)
@Import({ ValidationConfiguration.class, FindingMetrics.class, ValidationControllerTests.Beans.class })
class DialectRoundTripTests {

	@Autowired
	private MockMvcTester mvc;

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void eachRealConfigurationInItsOwnDialectNormalizesToTheCanonicalOne() throws Exception {
		List<JsonNode> rows = SharedData.jsonLines("real-training-configs.jsonl");
		List<String> mismatches = new ArrayList<>();
		for (JsonNode row : rows) {
			String dialect = row.get("source_repo").asString().startsWith("axolotl") ? "axolotl" : "huggingface";
			ObjectNode raw = this.mapper.createObjectNode();
			ObjectNode canonical = this.mapper.createObjectNode();
			for (Map.Entry<String, String> field : RealTrainingConfigs.FIELDS.entrySet()) {
				JsonNode value = row.get(field.getKey());
				if (value == null || value.isNull()) {
					continue;
				}
				raw.set(row.get("raw_names").path(field.getKey()).asString(field.getKey()), value);
				canonical.set(field.getValue(), value);
			}
			ObjectNode envelope = this.mapper.createObjectNode();
			envelope.set("hyperparameters", canonical);
			JsonNode fromDialect = normalized("/v1/validate?dialect=" + dialect, raw);
			JsonNode fromCanonical = normalized("/v1/validate?dialect=canonical", envelope);
			if (!fromDialect.equals(fromCanonical)) {
				mismatches.add(row.get("source_path").asString() + ": " + fromDialect + " != " + fromCanonical);
			}
		}
		assertThat(rows).hasSizeGreaterThan(200);
		assertThat(mismatches).isEmpty();
	}

	private JsonNode normalized(String uri, JsonNode body) throws Exception {
		var response = this.mvc.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.mapper.writeValueAsString(body))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		JsonNode normalized = this.mapper.readTree(response.getContentAsString()).path("normalized");
		assertThat(normalized.size()).as("values read from %s", body).isPositive();
		return normalized;
	}

}
