package dev.hparamadvisor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.hparamadvisor.recommendation.RecommendRequest;
import dev.hparamadvisor.validation.ValidationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies {@code scripts/loadtest.sh} posts, read into what the capabilities take, so
 * that the benchmarks measure the load test's inputs without HTTP.
 *
 * @param values the 25 hyperparameters of {@code validate.json}, as written
 * @param context its context
 * @param scenario {@code recommend.json}
 */
record LoadTestInputs(Map<String, JsonNode> values, ValidationContext context, RecommendRequest scenario) {

	static LoadTestInputs read() throws IOException {
		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode body = mapper.readTree(Files.readString(Path.of("scripts/loadtest/validate.json")));
		Map<String, JsonNode> values = new LinkedHashMap<>();
		body.get("hyperparameters").properties().forEach((e) -> values.put(e.getKey(), e.getValue()));
		return new LoadTestInputs(values, mapper.treeToValue(body.get("context"), ValidationContext.class),
				mapper.readValue(Files.readString(Path.of("scripts/loadtest/recommend.json")), RecommendRequest.class));
	}

}
