package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EarlyStoppingRuleTests {

	private final Rule rule = new EarlyStoppingRule();

	@Test
	void earlyStoppingWithoutEvaluationIsAWarning() {
		List<Finding> findings = this.rule.check(of(Map.of("early_stopping_patience", 3)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("early_stopping_patience", Severity.WARNING,
					ValidationCodes.EARLY_STOPPING_WITHOUT_EVALUATION));
		assertThat(findings.get(0).related()).contains("eval_strategy");
	}

	@ParameterizedTest
	@ValueSource(strings = { "huggingface", "llamafactory", "axolotl" })
	void earlyStoppingWithoutEvaluationIsAnErrorForTheTrainersThatRefuseIt(String tool) {
		assertThat(this.rule.check(of(Map.of("early_stopping_patience", 3), RunContext.unknown(), tool)))
			.extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.ERROR, ValidationCodes.EARLY_STOPPING_WITHOUT_EVALUATION));
	}

	@Test
	void evalStepsAloneDoNotEvaluateInHuggingFace() {
		assertThat(this.rule
			.check(of(Map.of("early_stopping_patience", 3, "eval_steps", 100), RunContext.unknown(), "huggingface")))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.EARLY_STOPPING_WITHOUT_EVALUATION);
	}

	@Test
	void anEvaluationStrategyOfNoWinsOverEvalSteps() {
		assertThat(this.rule.check(of(Map.of("patience", 3, "eval_strategy", "no", "eval_steps", 100))))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.EARLY_STOPPING_WITHOUT_EVALUATION);
	}

	@Test
	void aPatienceWindowAsLongAsTheRunCannotTrigger() {
		List<Finding> findings = this.rule.check(of(
				Map.of("early_stopping_patience", 10, "eval_strategy", "steps", "eval_steps", 100, "max_steps", 1000)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(
					tuple("early_stopping_patience", Severity.WARNING, ValidationCodes.EARLY_STOPPING_CANNOT_TRIGGER));
		assertThat(findings.get(0).suggestion()).isEqualTo(3L);
	}

	@Test
	void aPatienceWindowJustInsideTheRunCanTrigger() {
		assertThat(this.rule.check(of(
				Map.of("early_stopping_patience", 9, "eval_strategy", "steps", "eval_steps", 100, "max_steps", 1000))))
			.isEmpty();
	}

	@Test
	void warmupStepsAreNotPartOfTheWindow() {
		assertThat(this.rule
			.check(of(Map.of("early_stopping_patience", 9, "eval_steps", 100, "max_steps", 1000, "warmup_steps", 100))))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.EARLY_STOPPING_CANNOT_TRIGGER);
		assertThat(this.rule
			.check(of(Map.of("early_stopping_patience", 8, "eval_steps", 100, "max_steps", 1000, "warmup_steps", 100))))
			.isEmpty();
	}

	@Test
	void evaluatingEveryEpochCountsEpochs() {
		// 1,000 examples in batches of 10: 100 steps an epoch, 300 in the run
		RunContext run = RunContext.unknown().examples(1000);
		assertThat(this.rule
			.check(of(Map.of("early_stopping_patience", 3, "eval_strategy", "epoch", "num_epochs", 3, "batch_size", 10),
					run)))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.EARLY_STOPPING_CANNOT_TRIGGER);
		assertThat(this.rule
			.check(of(Map.of("early_stopping_patience", 2, "eval_strategy", "epoch", "num_epochs", 3, "batch_size", 10),
					run)))
			.isEmpty();
	}

	@Test
	void fractionalEvalStepsAreAShareOfTheRun() {
		assertThat(this.rule.check(of(Map.of("early_stopping_patience", 10, "eval_steps", 0.1, "max_steps", 1000))))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.EARLY_STOPPING_CANNOT_TRIGGER);
	}

	@Test
	void keepingTheLastCheckpointIsPointedOut() {
		List<Finding> findings = this.rule.check(of(Map.of("early_stopping_patience", 2, "eval_steps", 100, "max_steps",
				1000, "load_best_model_at_end", false)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(
					tuple("early_stopping_patience", Severity.INFO, ValidationCodes.EARLY_STOPPING_WITHOUT_BEST_MODEL));
		assertThat(findings.get(0).related()).containsExactly("load_best_model_at_end");
	}

	@Test
	void aWellConfiguredEarlyStopSaysNothing() {
		assertThat(this.rule.check(of(Map.of("early_stopping_patience", 3, "eval_strategy", "steps", "eval_steps", 100,
				"max_steps", 2000, "load_best_model_at_end", true))))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("early_stopping_patience", 2, "eval_steps", 100)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("eval_steps", 100)))).isEmpty();
	}

}
