package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 1,000 examples in batches of 10: 100 steps an epoch, 300 for the 3 epochs asked for.
 */
class MaxStepsVersusEpochsRuleTests {

	private final Rule rule = new MaxStepsVersusEpochsRule();

	private final RunContext thousand = RunContext.unknown().examples(1000);

	private List<Finding> check(int maxSteps) {
		return this.rule.check(of(Map.of("max_steps", maxSteps, "num_epochs", 3, "batch_size", 10), this.thousand));
	}

	@Test
	void maxStepsCuttingMostEpochsIsAWarning() {
		List<Finding> findings = check(100);
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("max_steps", Severity.WARNING, ValidationCodes.MAX_STEPS_CONTRADICTS_EPOCHS));
		assertThat(findings.get(0).suggestion()).isEqualTo(300L);
		assertThat(findings.get(0).related()).contains("num_epochs");
	}

	@Test
	void maxStepsRepeatingTheDataIsAWarning() {
		assertThat(check(400)).extracting(Finding::code).containsExactly(ValidationCodes.MAX_STEPS_CONTRADICTS_EPOCHS);
	}

	@ParameterizedTest
	@ValueSource(ints = { 150, 300, 320 })
	void maxStepsFromHalfToTheRequestedEpochsAreConsistent(int maxSteps) {
		assertThat(check(maxSteps)).isEmpty();
	}

	@Test
	void withoutEpochsOrADatasetThereIsNothingToContradict() {
		assertThat(this.rule.check(of(Map.of("max_steps", 100, "batch_size", 10), this.thousand))).isEmpty();
		assertThat(this.rule.check(of(Map.of("max_steps", 100, "num_epochs", 3, "batch_size", 10)))).isEmpty();
	}

}
