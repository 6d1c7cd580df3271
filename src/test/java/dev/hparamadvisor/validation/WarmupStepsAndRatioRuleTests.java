package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WarmupStepsAndRatioRuleTests {

	private final Rule rule = new WarmupStepsAndRatioRule();

	@Test
	void bothStepsAndRatioAreAWarning() {
		List<Finding> findings = this.rule.check(of(Map.of("warmup_steps", 100, "warmup_ratio", 0.03)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("warmup_steps", Severity.WARNING, ValidationCodes.WARMUP_STEPS_AND_RATIO));
		assertThat(findings.get(0).related()).containsExactly("warmup_ratio");
	}

	@Test
	void bothStepsAndRatioAreAnErrorForAxolotlWhichRefusesThePair() {
		assertThat(
				this.rule.check(of(Map.of("warmup_steps", 100, "warmup_ratio", 0.03), RunContext.unknown(), "axolotl")))
			.extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.ERROR, ValidationCodes.WARMUP_STEPS_AND_RATIO));
		assertThat(this.rule
			.check(of(Map.of("warmup_steps", 100, "warmup_ratio", 0.03), RunContext.unknown(), "huggingface")))
			.extracting(Finding::severity)
			.containsExactly(Severity.WARNING);
	}

	@Test
	void aZeroOnEitherSideIsNotASecondSetting() {
		assertThat(this.rule.check(of(Map.of("warmup_steps", 0, "warmup_ratio", 0.03)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("warmup_steps", 100, "warmup_ratio", 0.0)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("warmup_num_steps", 100)))).isEmpty();
	}

}
