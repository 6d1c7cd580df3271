package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text-generation presets of ../shared/data: real, some deliberately extreme, none
 * impossible. No preset gets an ERROR; the extreme temperatures are flagged.
 */
class RealSamplingPresetsTests {

	private static final List<String> FIELDS = List.of("temperature", "top_p", "top_k", "min_p", "repetition_penalty",
			"presence_penalty", "max_new_tokens");

	private final ConfigValidator validator = new ConfigValidator(BundledCatalogue.get());

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void noPresetGetsAnErrorAndTemperaturesAboveTwoAreFlagged() {
		List<JsonNode> presets = SharedData.jsonLines("real-sampling-configs.jsonl");
		assertThat(presets).hasSizeGreaterThanOrEqualTo(39);
		List<String> errors = new ArrayList<>();
		int hot = 0;
		for (JsonNode preset : presets) {
			Map<String, JsonNode> values = new LinkedHashMap<>();
			for (String field : FIELDS) {
				if (preset.hasNonNull(field)) {
					values.put(field, preset.get(field));
				}
			}
			if (preset.hasNonNull("notes")) {
				JsonNode notes = this.mapper.readTree(preset.get("notes").asString());
				for (String extra : List.of("do_sample", "penalty_alpha")) {
					if (notes.has(extra)) {
						values.put(extra, notes.get(extra));
					}
				}
			}
			ValidationReport report = this.validator.validate(values, ValidationContext.EMPTY, null);
			report.findings()
				.stream()
				.filter((f) -> f.severity() == Severity.ERROR)
				.forEach((f) -> errors.add(preset.get("source_path").asString() + ": " + f.message()));
			if (preset.path("temperature").asDouble(0) > 2) {
				hot++;
				assertThat(report.findings())
					.anyMatch((f) -> f.code() == ValidationCodes.TEMPERATURE_ABOVE_RUNTIME_LIMIT);
			}
			if (preset.path("source_path").asString().contains("Contrastive")) {
				assertThat(report.findings()).as("contrastive search uses top_k without sampling")
					.noneMatch((f) -> f.code() == ValidationCodes.SAMPLING_IGNORED_WHEN_GREEDY);
			}
		}
		assertThat(errors).isEmpty();
		assertThat(hot).isPositive();
	}

}
