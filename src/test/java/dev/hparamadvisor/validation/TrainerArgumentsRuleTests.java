package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TrainerArgumentsRuleTests {

	private final Rule rule = new TrainerArgumentsRule();

	private List<Finding> check(Map<String, ?> values, String dialect) {
		return this.rule.check(of(values, RunContext.unknown(), dialect));
	}

	@Test
	void bestModelWithHuggingFaceDefaultsIsAnError() {
		assertThat(check(Map.of("load_best_model_at_end", true), "huggingface"))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(
					tuple("load_best_model_at_end", Severity.ERROR, ValidationCodes.BEST_MODEL_STRATEGIES_DIFFER));
	}

	@Test
	void bestModelWithDifferentStrategiesIsAWarningWithoutATool() {
		assertThat(this.rule
			.check(of(Map.of("load_best_model_at_end", true, "eval_strategy", "epoch", "save_strategy", "steps"))))
			.extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.WARNING, ValidationCodes.BEST_MODEL_STRATEGIES_DIFFER));
	}

	@Test
	void bestModelWithMatchingOrBestStrategiesSaysNothing() {
		assertThat(check(Map.of("load_best_model_at_end", true, "eval_strategy", "epoch", "save_strategy", "epoch"),
				"huggingface"))
			.isEmpty();
		assertThat(check(Map.of("load_best_model_at_end", true, "eval_strategy", "steps", "save_strategy", "best"),
				"huggingface"))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("load_best_model_at_end", true)))).as("strategies unknown").isEmpty();
	}

	@Test
	void bestModelWithSavesBetweenEvaluationsIsAnError() {
		List<Finding> findings = check(Map.of("load_best_model_at_end", true, "eval_strategy", "steps", "save_strategy",
				"steps", "eval_steps", 300, "save_steps", 500), "llamafactory");
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("save_steps", Severity.ERROR, ValidationCodes.BEST_MODEL_SAVES_BETWEEN_EVALUATIONS));
		assertThat(findings.get(0).suggestion()).isEqualTo(600.0);
	}

	@Test
	void bestModelSavesFallBackOnHuggingFaceDefaults() {
		assertThat(check(Map.of("load_best_model_at_end", true, "eval_strategy", "steps", "eval_steps", 300),
				"huggingface"))
			.as("save_steps defaults to 500")
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.BEST_MODEL_SAVES_BETWEEN_EVALUATIONS);
		assertThat(check(Map.of("load_best_model_at_end", true, "eval_strategy", "steps", "save_steps", 1000),
				"huggingface"))
			.as("eval_steps falls back on logging_steps, 500 by default")
			.isEmpty();
	}

	@Test
	void fractionsOfTheRunMustBeMultiplesToo() {
		assertThat(TrainerArgumentsRule.isMultiple(0.2, 0.1)).isTrue();
		assertThat(TrainerArgumentsRule.isMultiple(0.25, 0.1)).isFalse();
		assertThat(TrainerArgumentsRule.isMultiple(500, 0.1)).as("a count beside a fraction").isFalse();
		assertThat(TrainerArgumentsRule.isMultiple(1000, 250)).isTrue();
	}

	@Test
	void evaluationWithoutAnyIntervalIsAnError() {
		assertThat(check(Map.of("eval_strategy", "steps", "logging_steps", 0), "huggingface"))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("eval_strategy", Severity.ERROR, ValidationCodes.EVALUATION_WITHOUT_INTERVAL));
		assertThat(check(Map.of("eval_strategy", "steps"), "huggingface")).as("falls back on logging_steps").isEmpty();
	}

	@Test
	void fractionalIntervalsAboveOneAreRefused() {
		assertThat(check(Map.of("eval_strategy", "steps", "eval_steps", 12.5), "huggingface"))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("eval_steps", Severity.ERROR, ValidationCodes.FRACTIONAL_INTERVAL));
		assertThat(check(Map.of("logging_steps", 10.5), "axolotl")).extracting(Finding::severity)
			.containsExactly(Severity.ERROR);
		assertThat(this.rule.check(of(Map.of("save_steps", 250.5)))).extracting(Finding::severity)
			.containsExactly(Severity.WARNING);
	}

	@Test
	void wholeIntervalsFractionsOfTheRunAndUnusedIntervalsSayNothing() {
		assertThat(check(Map.of("eval_strategy", "steps", "eval_steps", 0.25, "save_steps", 500), "huggingface"))
			.isEmpty();
		assertThat(check(Map.of("eval_strategy", "epoch", "eval_steps", 12.5), "huggingface"))
			.as("not evaluated every few steps, so not checked")
			.isEmpty();
	}

	@Test
	void earlyStoppingWithoutAMetricIsAnErrorForHuggingFace() {
		assertThat(
				check(Map.of("early_stopping_patience", 3, "eval_strategy", "steps", "eval_steps", 100), "huggingface"))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(
					tuple("early_stopping_patience", Severity.ERROR, ValidationCodes.EARLY_STOPPING_WITHOUT_METRIC));
	}

	@Test
	void earlyStoppingWithAMetricOrTheBestModelSaysNothing() {
		assertThat(check(Map.of("early_stopping_patience", 3, "eval_strategy", "steps", "eval_steps", 100,
				"metric_for_best_model", "eval_loss"), "huggingface"))
			.isEmpty();
		assertThat(check(Map.of("early_stopping_patience", 3, "eval_strategy", "steps", "eval_steps", 100, "save_steps",
				100, "load_best_model_at_end", true), "huggingface"))
			.isEmpty();
		assertThat(check(Map.of("early_stopping_patience", 3, "eval_steps", 100), "axolotl"))
			.as("Axolotl has its own check")
			.isEmpty();
	}

}
