package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IgnoredSettingsRuleTests {

	private final Rule rule = new IgnoredSettingsRule();

	@ParameterizedTest
	@ValueSource(strings = { "constant", "reduce_lr_on_plateau" })
	void warmupUnderASchedulerWithoutOneIsIgnored(String schedule) {
		List<Finding> findings = this.rule.check(of(Map.of("lr_schedule", schedule, "warmup_steps", 100)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("warmup_steps", Severity.WARNING, ValidationCodes.SETTING_IGNORED));
		assertThat(findings.get(0).message()).contains("constant_with_warmup");
	}

	@Test
	void warmupUnderASchedulerWithOneIsUsed() {
		assertThat(this.rule.check(of(Map.of("lr_schedule", "constant_with_warmup", "warmup_ratio", 0.03)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("lr_schedule", "constant", "warmup_steps", 0)))).isEmpty();
	}

	@Test
	void aFloorForAScheduleWithoutOneIsIgnored() {
		assertThat(this.rule.check(of(Map.of("lr_schedule", "linear", "cosine_min_lr_ratio", 0.1))))
			.extracting(Finding::parameter, Finding::code)
			.containsExactly(tuple("min_lr_ratio", ValidationCodes.SETTING_IGNORED));
		assertThat(this.rule.check(of(Map.of("lr_schedule", "cosine", "cosine_min_lr_ratio", 0.1)))).isEmpty();
	}

	@Test
	void cyclesOutsideTheCosineFamilyAreIgnored() {
		assertThat(this.rule.check(of(Map.of("lr_schedule", "linear", "num_cycles", 3)))).extracting(Finding::parameter)
			.containsExactly("num_cycles");
		assertThat(this.rule.check(of(Map.of("lr_schedule", "cosine_with_restarts", "num_cycles", 3)))).isEmpty();
	}

	@Test
	void evalStepsWithoutAStrategyAreIgnoredByHuggingFace() {
		assertThat(this.rule.check(of(Map.of("eval_steps", 200), RunContext.unknown(), "huggingface")))
			.extracting(Finding::parameter, Finding::code)
			.containsExactly(tuple("eval_steps", ValidationCodes.SETTING_IGNORED));
		assertThat(this.rule.check(of(Map.of("eval_steps", 200), RunContext.unknown(), "axolotl")))
			.as("Axolotl evaluates every eval_steps")
			.isEmpty();
	}

	@Test
	void heldOutDataThatIsNeverEvaluatedIsPointedOut() {
		assertThat(this.rule.check(of(Map.of("validation_split", 0.05, "eval_strategy", "no"))))
			.extracting(Finding::parameter)
			.containsExactly("validation_split");
		assertThat(this.rule.check(of(Map.of("validation_split", 0.05)))).isEmpty();
	}

	@Test
	void aBestModelMetricWithNothingEvaluatedIsIgnored() {
		assertThat(
				this.rule.check(of(Map.of("metric_for_best_model", "eval_loss"), RunContext.unknown(), "huggingface")))
			.extracting(Finding::parameter)
			.containsExactly("metric_for_best_model");
		assertThat(this.rule.check(of(Map.of("metric_for_best_model", "eval_loss", "eval_strategy", "steps"),
				RunContext.unknown(), "huggingface")))
			.isEmpty();
	}

	@Test
	void anEarlyStoppingThresholdWithoutPatienceIsIgnored() {
		assertThat(this.rule.check(of(Map.of("early_stopping_threshold", 0.01)))).extracting(Finding::parameter)
			.containsExactly("early_stopping_threshold");
		assertThat(this.rule.check(of(Map.of("early_stopping_threshold", 0.01, "early_stopping_patience", 3))))
			.isEmpty();
	}

}
