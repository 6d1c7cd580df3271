package dev.hparamadvisor.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.hparamadvisor.dialect.ConfigParser;
import dev.hparamadvisor.dialect.Dialect;
import dev.hparamadvisor.dialect.ReadConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 279 published recipes of {@code ../shared/data/raw-configs/} (Axolotl examples and
 * alignment-handbook recipes), each validated as written, with its tool named and with it
 * detected. Each ran with its tool, so a check that mirrors a tool's refusal must not
 * call it an ERROR, except where the current tool does refuse the file (listed here, each
 * checked against the tool's code). Errors from other checks are held to the known list,
 * which may only shrink.
 */
class RawRecipesRefusalsTests {

	/** The checks that mirror the tools' refusals, and the codes they emit. */
	static final Set<ValidationCodes> REFUSALS = EnumSet.of(ValidationCodes.FP16_AND_BF16,
			ValidationCodes.WARMUP_STEPS_AND_RATIO, ValidationCodes.EARLY_STOPPING_WITHOUT_EVALUATION,
			ValidationCodes.PLATEAU_SCHEDULE_WITHOUT_EVALUATION, ValidationCodes.BATCH_SIZES_INCONSISTENT,
			ValidationCodes.BEST_MODEL_STRATEGIES_DIFFER, ValidationCodes.BEST_MODEL_SAVES_BETWEEN_EVALUATIONS,
			ValidationCodes.EVALUATION_WITHOUT_INTERVAL, ValidationCodes.FRACTIONAL_INTERVAL,
			ValidationCodes.EARLY_STOPPING_WITHOUT_METRIC, ValidationCodes.ACCUMULATION_WITH_GLOBAL_BATCH,
			ValidationCodes.REQUIRED_SETTING_MISSING, ValidationCodes.STEPS_WITHOUT_STEPS_STRATEGY,
			ValidationCodes.CADENCE_SET_TWICE, ValidationCodes.EARLY_STOPPING_WITHOUT_STEP_CADENCE,
			ValidationCodes.PACKING_WITH_PREFERENCE_TRAINING, ValidationCodes.WARMUP_RATIO_WITH_SIMPO,
			ValidationCodes.QUANTIZED_WITHOUT_ADAPTER, ValidationCodes.QLORA_WITHOUT_4BIT,
			ValidationCodes.FOUR_AND_EIGHT_BIT, ValidationCodes.STREAMING_WITHOUT_MAX_STEPS,
			ValidationCodes.SETTING_IGNORED);

	/**
	 * Archived Axolotl examples that current Axolotl refuses: early stopping with
	 * evals_per_epoch and saves_per_epoch, while its check_early_stopping (which runs
	 * before the per-epoch counts are turned into steps) requires eval_steps and
	 * save_steps.
	 */
	static final Map<String, ValidationCodes> REFUSED_BY_THE_CURRENT_TOOL = Map.of(
			"axolotl/examples/archived/falcon/config-7b-qlora.yml", ValidationCodes.EARLY_STOPPING_WITHOUT_STEP_CADENCE,
			"axolotl/examples/archived/xgen-7b/xgen-7b-8k-qlora.yml",
			ValidationCodes.EARLY_STOPPING_WITHOUT_STEP_CADENCE);

	/**
	 * Errors of other checks: none since the dialects know their tools' keys and choices
	 * (ebft and gdpo, and gradient_checkpointing: offload, once errors, are read now).
	 */
	static final Set<ValidationCodes> KNOWN_OTHER_ERRORS = EnumSet.noneOf(ValidationCodes.class);

	@Test
	void noRefusalIsAnErrorOnAPublishedRecipeTheToolRuns() {
		Map<String, ValidationCodes> refused = new TreeMap<>();
		List<String> described = new ArrayList<>();
		for (Recipe recipe : recipes()) {
			for (Finding finding : recipe.validate(recipe.dialect().id()).findings()) {
				if (finding.severity() == Severity.ERROR && REFUSALS.contains(finding.code())) {
					refused.put(recipe.name(), finding.code());
					described.add(recipe.name() + ": " + finding.code() + " " + finding.message());
				}
			}
		}
		assertThat(refused).as(String.join("\n", described)).isEqualTo(REFUSED_BY_THE_CURRENT_TOOL);
	}

	@Test
	void withTheToolDetectedRefusalsAreWarningsAtMost() {
		for (Recipe recipe : recipes()) {
			assertThat(recipe.validate(null).findings()).as(recipe.name())
				.noneMatch((f) -> f.severity() == Severity.ERROR && REFUSALS.contains(f.code()));
		}
	}

	@Test
	void otherErrorsAreOnlyTheKnownOnes() {
		Set<ValidationCodes> others = EnumSet.noneOf(ValidationCodes.class);
		for (Recipe recipe : recipes()) {
			recipe.validate(recipe.dialect().id())
				.findings()
				.stream()
				.filter((f) -> f.severity() == Severity.ERROR && !REFUSALS.contains(f.code()))
				.forEach((f) -> others.add(f.code()));
		}
		assertThat(others).isSubsetOf(KNOWN_OTHER_ERRORS);
	}

	record Recipe(String name, ObjectNode tree, Dialect dialect) {

		ValidationReport validate(@Nullable String named) {
			ReadConfiguration read = Configurations.READER.read(this.tree, (named != null) ? this.dialect : null);
			return Configurations.VALIDATOR.validate(read, Hints.context(read.hints()), named);
		}

	}

	static List<Recipe> recipes() {
		Path root = SharedData.dir().resolve("raw-configs");
		assumeTrue(Files.isDirectory(root), () -> root + " is not there; skipped");
		ConfigParser parser = new ConfigParser();
		List<Recipe> recipes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().matches(".*\\.ya?ml")).sorted().toList()) {
				String name = root.relativize(file).toString();
				Dialect dialect = name.startsWith("axolotl") ? Dialect.AXOLOTL : Dialect.HUGGINGFACE;
				recipes.add(new Recipe(name, parser.parse(Files.readAllBytes(file)), dialect));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(recipes).hasSizeGreaterThanOrEqualTo(279);
		return recipes;
	}

}
