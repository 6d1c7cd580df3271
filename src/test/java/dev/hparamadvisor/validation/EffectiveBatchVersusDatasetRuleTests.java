package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EffectiveBatchVersusDatasetRuleTests {

	private final Rule rule = new EffectiveBatchVersusDatasetRule();

	private final Map<String, Object> batch128 = Map.of("batch_size", 8, "gradient_accumulation_steps", 4);

	@Test
	void anEffectiveBatchLargerThanTheDatasetIsAWarning() {
		List<Finding> findings = this.rule.check(of(this.batch128, RunContext.unknown().examples(100).devices(4)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("batch_size", Severity.WARNING, ValidationCodes.EFFECTIVE_BATCH_EXCEEDS_DATASET));
		assertThat(findings.get(0).related()).containsExactly("gradient_accumulation_steps");
		assertThat(findings.get(0).suggestion()).isEqualTo(10L);
	}

	@Test
	void aTotalBatchAloneIsComparedToo() {
		assertThat(this.rule.check(of(Map.of("total_batch_size", 256), RunContext.unknown().examples(200))))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.EFFECTIVE_BATCH_EXCEEDS_DATASET);
	}

	@Test
	void anEffectiveBatchEqualToTheDatasetIsOneStepNotAWarning() {
		assertThat(this.rule.check(of(this.batch128, RunContext.unknown().examples(128).devices(4))))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("batch_size", Severity.INFO, ValidationCodes.FEW_STEPS_PER_EPOCH));
	}

	@Test
	void tenStepsAnEpochAreEnough() {
		assertThat(this.rule.check(of(this.batch128, RunContext.unknown().examples(1280).devices(4)))).isEmpty();
		assertThat(this.rule.check(of(this.batch128, RunContext.unknown().examples(1152).devices(4))))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.FEW_STEPS_PER_EPOCH);
	}

	@Test
	void anUnknownDatasetSaysNothing() {
		assertThat(this.rule.check(of(this.batch128, RunContext.unknown().devices(4)))).isEmpty();
	}

}
