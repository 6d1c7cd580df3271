package dev.hparamadvisor.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configurations people ran (../shared/data): no ERROR except the known slips, which
 * must be flagged, and few WARNINGs. Writes what fired to
 * {@code target/validation-real-configs.md}.
 */
class RealConfigurationsTests {

	private final ConfigValidator validator = new ConfigValidator(BundledCatalogue.get());

	@Test
	void realTrainingConfigurationsGetNoErrorAndTheKnownSlipsAreFlagged() throws IOException {
		List<JsonNode> rows = SharedData.jsonLines("real-training-configs.jsonl");
		List<String> errors = new ArrayList<>();
		List<Integer> warnings = new ArrayList<>();
		Map<String, Integer> fired = new TreeMap<>();
		StringBuilder report = new StringBuilder(
				"| config | method | size (B) | warnings | codes |\n|---|---|---|---|---|\n");
		int slips = 0;
		for (JsonNode row : rows) {
			ValidationReport result = this.validator.validate(RealTrainingConfigs.canonical(row),
					RealTrainingConfigs.context(row), null);
			String name = row.get("source_path").asString();
			result.findings()
				.stream()
				.filter((f) -> f.severity() == Severity.ERROR)
				.forEach((f) -> errors.add(name + ": " + f.code() + " " + f.message()));
			List<Finding> warned = result.findings().stream().filter((f) -> f.severity() == Severity.WARNING).toList();
			warnings.add(warned.size());
			warned.forEach((f) -> fired.merge(f.code().name(), 1, Integer::sum));
			if (row.path("warmup_steps").isNumber() && row.get("warmup_steps").asDouble() == 0.1) {
				slips++;
				assertThat(warned).as(name).anyMatch((f) -> f.code() == ValidationCodes.WARMUP_STEPS_LOOKS_LIKE_RATIO);
			}
			if (row.path("sequence_len").asInt() == 8096) {
				slips++;
				assertThat(warned).as(name).anyMatch((f) -> f.code() == ValidationCodes.SEQUENCE_LENGTH_LOOKS_MISTYPED);
			}
			if (!warned.isEmpty()) {
				report.append("| ")
					.append(name)
					.append(" | ")
					.append(row.path("method").asString(""))
					.append(" | ")
					.append(row.path("model_params_b").asString(""))
					.append(" | ")
					.append(warned.size())
					.append(" | ")
					.append(String.join(", ",
							warned.stream().map((f) -> f.code() + " (" + f.parameter() + ")").toList()))
					.append(" |\n");
			}
		}
		List<Integer> sorted = warnings.stream().sorted().toList();
		int median = sorted.get(sorted.size() / 2);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/validation-real-configs.md"),
				"configs: " + rows.size() + ", median warnings: " + median + ", with any warning: "
						+ warnings.stream().filter((w) -> w > 0).count() + ", slips: " + slips + "\n\nfired: " + fired
						+ "\n\n" + report);
		assertThat(errors).isEmpty();
		assertThat(slips).isGreaterThanOrEqualTo(2);
		assertThat(median).isZero();
	}

}
