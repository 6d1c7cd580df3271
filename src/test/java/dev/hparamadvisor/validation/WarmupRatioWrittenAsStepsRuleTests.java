package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static dev.hparamadvisor.validation.Configurations.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WarmupRatioWrittenAsStepsRuleTests {

	private final Rule rule = new WarmupRatioWrittenAsStepsRule();

	@Test
	void aFractionOfAStepLooksLikeARatio() {
		List<Finding> findings = this.rule.check(of(Map.of("warmup_steps", 0.1)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("warmup_steps", Severity.WARNING, ValidationCodes.WARMUP_STEPS_LOOKS_LIKE_RATIO));
		assertThat(findings.get(0).suggestion()).isEqualTo(0.1);
		assertThat(findings.get(0).related()).containsExactly("warmup_ratio");
	}

	@Test
	void wholeStepsAndZeroAreSteps() {
		assertThat(this.rule.check(of(Map.of("warmup_steps", 0)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("warmup_steps", 1)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("warmup_steps", 5)))).isEmpty();
	}

	@Test
	void aRatioWrittenAsStepsIsNotAlsoCalledAFraction() {
		assertThat(validate(Map.of("warmup_steps", 0.1)).findings()).extracting(Finding::code)
			.contains(ValidationCodes.WARMUP_STEPS_LOOKS_LIKE_RATIO)
			.doesNotContain(ValidationCodes.NOT_AN_INTEGER);
		assertThat(validate(Map.of("warmup_steps", 1.5)).findings()).extracting(Finding::code)
			.containsExactly(ValidationCodes.NOT_AN_INTEGER);
	}

}
