package dev.hparamadvisor.dialect;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the 39 text-generation-webui presets of {@code real-sampling-configs.jsonl} as a
 * vLLM request and as a Hugging Face generation config, each with the preset's extra
 * settings beside, and checks the sampling values land on the right names.
 */
class DialectSamplingPresetsTests {

	private static final List<String> SAMPLING = List.of("temperature", "top_p", "top_k", "min_p", "repetition_penalty",
			"presence_penalty");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<JsonNode> presets;

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	@BeforeEach
	void loadPresets() {
		if (presets == null) {
			presets = SharedData.jsonLines("real-sampling-configs.jsonl");
		}
	}

	@Test
	void readsEveryPresetAsAVllmRequest() {
		assertThat(presets).hasSize(39);
		for (JsonNode preset : presets) {
			ObjectNode request = request(preset, "max_tokens");
			assertSampling(preset, this.reader.read(request, Dialect.VLLM), "max_tokens");
			assertSampling(preset, this.reader.read(request), "max_tokens");
		}
	}

	@Test
	void readsEveryPresetAsAHuggingFaceGenerationConfig() {
		for (JsonNode preset : presets) {
			ObjectNode config = request(preset, "max_new_tokens");
			assertSampling(preset, this.reader.read(config, Dialect.HUGGINGFACE), "max_new_tokens");
			ObjectNode nested = JSON.createObjectNode();
			nested.set("generation_config", config);
			ReadConfiguration read = this.reader.read(nested, Dialect.HUGGINGFACE);
			for (String name : SAMPLING) {
				if (!preset.path(name).isNull()) {
					assertThat(read.rawNames()).containsEntry(name, "generation_config." + name);
				}
			}
		}
	}

	private static void assertSampling(JsonNode preset, ReadConfiguration read, String maxTokens) {
		String source = preset.path("source_path").asString();
		for (String name : SAMPLING) {
			JsonNode expected = preset.path(name);
			if (expected.isNull()) {
				assertThat(read.values()).as(source).doesNotContainKey(name);
				continue;
			}
			assertThat(read.values().get(name)).as(source + " " + name).isEqualTo(expected);
			assertThat(read.rawNames()).as(source).containsEntry(name, name);
		}
		if (preset.path("max_new_tokens").isNumber()) {
			assertThat(read.values().get("max_new_tokens")).as(source).isEqualTo(preset.path("max_new_tokens"));
			assertThat(read.rawNames()).containsEntry("max_new_tokens", maxTokens);
		}
		assertThat(read.values().keySet()).as(source).allMatch(BundledCatalogue.get().vocabulary()::isId);
		assertThat(read.values()).as(source).doesNotContainKeys("learning_rate", "sequence_length");
	}

	/**
	 * The preset's sampling fields plus the extra settings it records in {@code notes}.
	 */
	private static ObjectNode request(JsonNode preset, String maxTokens) {
		ObjectNode request = JSON.createObjectNode();
		for (String name : SAMPLING) {
			if (!preset.path(name).isNull()) {
				request.set(name, preset.path(name));
			}
		}
		if (preset.path("max_new_tokens").isNumber()) {
			request.set(maxTokens, preset.path("max_new_tokens"));
		}
		if (preset.path("notes").isString()) {
			JSON.readValue(preset.path("notes").asString(), Map.class)
				.forEach((key, value) -> request.set(String.valueOf(key), JSON.valueToTree(value)));
		}
		return request;
	}

}
