package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WarmupLengthRuleTests {

	private final Rule rule = new WarmupLengthRule();

	@Test
	void warmupAsLongAsTheRunIsAnError() {
		List<Finding> findings = this.rule.check(of(Map.of("warmup_steps", 500, "max_steps", 500)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("warmup_steps", Severity.ERROR, ValidationCodes.WARMUP_EXCEEDS_TRAINING));
		assertThat(findings.get(0).related()).containsExactly("max_steps");
		assertThat(findings.get(0).suggestion()).isEqualTo(15L);
	}

	@Test
	void warmupBeyondTheRunIsAnError() {
		assertThat(this.rule.check(of(Map.of("warmup_steps", 600, "max_steps", 500)))).extracting(Finding::code)
			.containsExactly(ValidationCodes.WARMUP_EXCEEDS_TRAINING);
	}

	@Test
	void aRatioThatRoundsUpToTheWholeRunIsAnErrorOnTheRatio() {
		// 100 examples in batches of 10 for one epoch: 10 steps; ceil(0.95 x 10) = 10
		List<Finding> findings = this.rule.check(of(Map.of("warmup_ratio", 0.95, "batch_size", 10, "num_epochs", 1),
				RunContext.unknown().examples(100)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("warmup_ratio", Severity.ERROR, ValidationCodes.WARMUP_EXCEEDS_TRAINING));
		assertThat(findings.get(0).related()).containsExactly("num_epochs");
		assertThat(findings.get(0).suggestion()).isEqualTo(0.03);
	}

	@Test
	void warmupOverATenthOfTheRunIsAWarning() {
		List<Finding> findings = this.rule.check(of(Map.of("warmup_steps", 101, "max_steps", 1000)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("warmup_steps", Severity.WARNING, ValidationCodes.WARMUP_TOO_LONG));
		assertThat(findings.get(0).suggestion()).isEqualTo(30L);
	}

	@Test
	void aRatioOverATenthIsAWarningOnTheRatio() {
		List<Finding> findings = this.rule.check(of(Map.of("warmup_ratio", 0.11, "max_steps", 1000)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("warmup_ratio", Severity.WARNING, ValidationCodes.WARMUP_TOO_LONG));
		assertThat(findings.get(0).suggestion()).isEqualTo(0.03);
	}

	@Test
	void warmupOfExactlyATenthIsNotTooLong() {
		assertThat(this.rule.check(of(Map.of("warmup_steps", 100, "max_steps", 1000)))).isEmpty();
	}

	@Test
	void aTenPercentRatioRoundedUpToTheNextStepIsNotTooLong() {
		// Zephyr SFT: 207,865 examples, 16 per GPU on 8 GPUs, one epoch = 1,624 steps;
		// ceil(0.1 x 1,624) = 163 steps is 10.04% of the run
		Configuration zephyr = of(Map.of("warmup_ratio", 0.1, "batch_size", 16, "num_epochs", 1),
				RunContext.unknown().examples(207_865).devices(8));
		assertThat(zephyr.derived().warmupSteps()).isEqualTo(163L);
		assertThat(this.rule.check(zephyr)).isEmpty();
	}

	@Test
	void noWarmupOrAnUnknownRunLengthSaysNothing() {
		assertThat(this.rule.check(of(Map.of("warmup_steps", 0, "max_steps", 10)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("warmup_steps", 5000)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("warmup_ratio", 0.5, "num_epochs", 3)))).isEmpty();
	}

}
