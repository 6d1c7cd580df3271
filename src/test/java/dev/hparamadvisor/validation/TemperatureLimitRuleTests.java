package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TemperatureLimitRuleTests {

	private final Rule rule = new TemperatureLimitRule();

	@Test
	void aboveTwoIsAWarningWhenNoRuntimeIsNamed() {
		List<Finding> findings = this.rule.check(of(Map.of("temperature", 2.5)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("temperature", Severity.WARNING, ValidationCodes.TEMPERATURE_ABOVE_RUNTIME_LIMIT));
		assertThat(findings.get(0).suggestion()).isEqualTo(2.0);
	}

	@Test
	void aboveTwoIsAWarningForHuggingFaceWhichAcceptsIt() {
		assertThat(this.rule.check(of(Map.of("temperature", 2.5), RunContext.unknown(), "huggingface")))
			.extracting(Finding::severity)
			.containsExactly(Severity.WARNING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "vllm", "openai" })
	void aboveTwoIsAnErrorForRuntimesThatRefuseIt(String dialect) {
		assertThat(this.rule.check(of(Map.of("temperature", 2.5), RunContext.unknown(), dialect)))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("temperature", Severity.ERROR, ValidationCodes.TEMPERATURE_ABOVE_RUNTIME_LIMIT));
	}

	@ParameterizedTest
	@ValueSource(strings = { "vllm", "openai" })
	void twoIsTheLimitItself(String dialect) {
		assertThat(this.rule.check(of(Map.of("temperature", 2.0), RunContext.unknown(), dialect))).isEmpty();
	}

}
