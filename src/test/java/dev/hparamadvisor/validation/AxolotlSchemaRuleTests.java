package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AxolotlSchemaRuleTests {

	private static final Map<String, Object> COMPLETE = Map.of("learning_rate", 2e-4, "micro_batch_size", 2,
			"gradient_accumulation_steps", 8);

	private final Rule rule = new AxolotlSchemaRule();

	private List<Finding> axolotl(Map<String, ?> values) {
		return this.rule.check(of(values, RunContext.unknown(), "axolotl"));
	}

	private static Map<String, Object> complete(Map<String, Object> more) {
		java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(COMPLETE);
		values.putAll(more);
		return values;
	}

	@Test
	void aCompleteAxolotlConfigurationSaysNothing() {
		assertThat(axolotl(COMPLETE)).isEmpty();
	}

	@Test
	void accumulationBesideAGlobalBatchIsAnErrorForAxolotl() {
		assertThat(axolotl(Map.of("learning_rate", 2e-4, "micro_batch_size", 4, "gradient_accumulation_steps", 4,
				"total_batch_size", 16)))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("total_batch_size", Severity.ERROR, ValidationCodes.ACCUMULATION_WITH_GLOBAL_BATCH));
		assertThat(this.rule.check(of(Map.of("gradient_accumulation_steps", 4, "total_batch_size", 16))))
			.extracting(Finding::severity)
			.containsExactly(Severity.WARNING);
	}

	@Test
	void missingLearningRateAndBatchSizesAreErrorsOnlyWithAxolotlNamed() {
		assertThat(axolotl(Map.of("micro_batch_size", 4, "num_epochs", 3)))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("learning_rate", Severity.ERROR, ValidationCodes.REQUIRED_SETTING_MISSING),
					tuple("batch_size", Severity.ERROR, ValidationCodes.REQUIRED_SETTING_MISSING));
		assertThat(this.rule.check(of(Map.of("micro_batch_size", 4, "num_epochs", 3)))).isEmpty();
		assertThat(axolotl(Map.of("gpu_count", 1))).as("not a training configuration").isEmpty();
	}

	@Test
	void stepsBesideAnotherStrategyAreAnErrorForAxolotlAndIgnoredElsewhere() {
		assertThat(axolotl(complete(Map.of("eval_strategy", "epoch", "eval_steps", 100))))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("eval_steps", Severity.ERROR, ValidationCodes.STEPS_WITHOUT_STEPS_STRATEGY));
		assertThat(this.rule
			.check(of(Map.of("save_strategy", "epoch", "save_steps", 500), RunContext.unknown(), "huggingface")))
			.extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.WARNING, ValidationCodes.STEPS_WITHOUT_STEPS_STRATEGY));
		assertThat(axolotl(complete(Map.of("eval_strategy", "steps", "eval_steps", 100)))).isEmpty();
	}

	@Test
	void aCadenceGivenTwiceIsAnErrorForAxolotl() {
		assertThat(axolotl(complete(Map.of("save_steps", 100, "saves_per_epoch", 2))))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("save_steps", Severity.ERROR, ValidationCodes.CADENCE_SET_TWICE));
	}

	@Test
	void earlyStoppingNeedsStepCadencesThatLineUp() {
		assertThat(axolotl(complete(Map.of("early_stopping_patience", 3, "evals_per_epoch", 4, "saves_per_epoch", 1))))
			.extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.ERROR, ValidationCodes.EARLY_STOPPING_WITHOUT_STEP_CADENCE));
		assertThat(this.rule.check(of(Map.of("early_stopping_patience", 3, "eval_steps", 300, "save_steps", 500))))
			.extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.WARNING, ValidationCodes.EARLY_STOPPING_WITHOUT_STEP_CADENCE));
		assertThat(axolotl(complete(Map.of("early_stopping_patience", 3, "eval_steps", 1000, "save_steps", 5000))))
			.isEmpty();
	}

	@Test
	void packingWithPreferenceTrainingIsAnErrorForAxolotl() {
		assertThat(axolotl(complete(Map.of("sample_packing", true, "loss_function", "dpo"))))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("packing", Severity.ERROR, ValidationCodes.PACKING_WITH_PREFERENCE_TRAINING));
		assertThat(axolotl(complete(Map.of("sample_packing", true)))).as("supervised fine-tuning packs").isEmpty();
	}

	@Test
	void warmupRatioWithSimpoIsAnErrorForAxolotl() {
		assertThat(axolotl(complete(Map.of("loss_function", "simpo", "warmup_ratio", 0.1))))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("warmup_ratio", Severity.ERROR, ValidationCodes.WARMUP_RATIO_WITH_SIMPO));
		assertThat(axolotl(complete(Map.of("loss_function", "simpo", "warmup_steps", 10)))).isEmpty();
	}

	@Test
	void axolotlOnlyConditionsSayNothingForAnotherTool() {
		assertThat(this.rule.check(of(Map.of("gradient_accumulation_steps", 4, "total_batch_size", 16,
				"early_stopping_patience", 3, "eval_steps", 100), RunContext.unknown(), "torchtune")))
			.isEmpty();
	}

}
