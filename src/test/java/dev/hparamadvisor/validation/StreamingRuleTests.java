package dev.hparamadvisor.validation;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StreamingRuleTests {

	private final Rule rule = new StreamingRule();

	@ParameterizedTest
	@ValueSource(strings = { "axolotl", "llamafactory" })
	void streamingWithoutMaxStepsIsAnErrorForTheToolsThatRefuseIt(String tool) {
		assertThat(this.rule.check(of(Map.of("streaming", true, "max_steps", -1), RunContext.unknown(), tool)))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("max_steps", Severity.ERROR, ValidationCodes.STREAMING_WITHOUT_MAX_STEPS));
	}

	@Test
	void streamingWithoutMaxStepsIsAWarningWithoutATool() {
		assertThat(this.rule.check(of(Map.of("streaming", true, "num_epochs", 1)))).extracting(Finding::severity)
			.containsExactly(Severity.WARNING);
	}

	@Test
	void streamingWithMaxStepsOrNoStreamingSaysNothing() {
		assertThat(this.rule.check(of(Map.of("streaming", true, "max_steps", 1000), RunContext.unknown(), "axolotl")))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("streaming", false), RunContext.unknown(), "axolotl"))).isEmpty();
	}

}
