package dev.hparamadvisor.validation;

import java.util.Map;

import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuantizationRuleTests {

	private final Rule rule = new QuantizationRule();

	private static RunContext full() {
		return RunContext.unknown().method(Method.FULL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "huggingface", "axolotl", "llamafactory" })
	void aQuantizedBaseTrainedInFullIsAnErrorForEachTool(String tool) {
		assertThat(this.rule.check(of(Map.of("load_in_8bit", true), full(), tool)))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("load_in_8bit", Severity.ERROR, ValidationCodes.QUANTIZED_WITHOUT_ADAPTER));
	}

	@Test
	void aQuantizedBaseTrainedInFullIsAWarningWithoutATool() {
		assertThat(this.rule.check(of(Map.of("quantization_bit", 4), full())))
			.extracting(Finding::parameter, Finding::severity)
			.containsExactly(tuple("quantization_bit", Severity.WARNING));
	}

	@Test
	void aQuantizedBaseUnderAnAdapterSaysNothing() {
		assertThat(this.rule
			.check(of(Map.of("load_in_4bit", true), RunContext.unknown().method(Method.QLORA), "huggingface")))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("load_in_4bit", false), full(), "axolotl"))).isEmpty();
	}

	@Test
	void axolotlQloraWithoutAFourBitBaseIsAnError() {
		assertThat(this.rule.check(of(Map.of("adapter", "qlora"), RunContext.unknown(), "axolotl")))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("adapter", Severity.ERROR, ValidationCodes.QLORA_WITHOUT_4BIT));
		assertThat(this.rule.check(of(Map.of("adapter", "qlora", "load_in_4bit", true, "load_in_8bit", true))))
			.extracting(Finding::code)
			.contains(ValidationCodes.QLORA_WITHOUT_4BIT);
		assertThat(
				this.rule.check(of(Map.of("adapter", "qlora", "load_in_4bit", true), RunContext.unknown(), "axolotl")))
			.isEmpty();
	}

	@Test
	void fourAndEightBitTogetherAreAnErrorForTrl() {
		assertThat(this.rule
			.check(of(Map.of("load_in_4bit", true, "load_in_8bit", true), RunContext.unknown(), "huggingface")))
			.extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("load_in_4bit", Severity.ERROR, ValidationCodes.FOUR_AND_EIGHT_BIT));
		assertThat(this.rule.check(of(Map.of("load_in_4bit", true, "load_in_8bit", true))))
			.extracting(Finding::severity)
			.containsExactly(Severity.WARNING);
	}

}
