package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EvaluationCadenceRuleTests {

	private final Rule rule = new EvaluationCadenceRule();

	@Test
	void evalStepsBeyondTheRunAreAWarning() {
		List<Finding> findings = this.rule.check(of(Map.of("eval_steps", 2000, "max_steps", 1000)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("eval_steps", Severity.WARNING, ValidationCodes.CADENCE_BEYOND_RUN));
		assertThat(findings.get(0).suggestion()).isEqualTo(100L);
	}

	@Test
	void saveStepsBeyondTheRunAreAWarning() {
		assertThat(this.rule.check(of(Map.of("save_steps", 5000, "max_steps", 1000))))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("save_steps", Severity.WARNING, ValidationCodes.CADENCE_BEYOND_RUN));
	}

	@Test
	void anEvaluationAtTheLastStepStillHappens() {
		assertThat(this.rule.check(of(Map.of("eval_steps", 1000, "save_steps", 1000, "max_steps", 1000)))).isEmpty();
	}

	@Test
	void stepsAreIgnoredUnderAnotherStrategyOrAnUnknownRunLength() {
		assertThat(this.rule.check(of(Map.of("eval_strategy", "epoch", "eval_steps", 2000, "max_steps", 1000))))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("eval_steps", 2000)))).isEmpty();
	}

}
