package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PrecisionRuleTests {

	private final Rule rule = new PrecisionRule();

	@Test
	void fp16AndBf16TogetherAreAWarningWithoutATool() {
		List<Finding> findings = this.rule.check(of(Map.of("fp16", true, "bf16", "true")));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("fp16", Severity.WARNING, ValidationCodes.FP16_AND_BF16));
		assertThat(findings.get(0).related()).containsExactly("bf16");
	}

	@ParameterizedTest
	@ValueSource(strings = { "huggingface", "llamafactory" })
	void fp16AndBf16TogetherAreAnErrorForTheToolsThatRefuseThem(String tool) {
		assertThat(this.rule.check(of(Map.of("fp16", true, "bf16", true), RunContext.unknown(), tool)))
			.extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.ERROR, ValidationCodes.FP16_AND_BF16));
	}

	@Test
	void fp16AndBf16TogetherAreAWarningForAxolotlWhichKeepsBf16() {
		assertThat(this.rule.check(of(Map.of("fp16", true, "bf16", true), RunContext.unknown(), "axolotl")))
			.extracting(Finding::severity)
			.containsExactly(Severity.WARNING);
	}

	@Test
	void onePrecisionSaysNothing() {
		assertThat(this.rule.check(of(Map.of("fp16", true, "bf16", false)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("bf16", true)))).isEmpty();
	}

	@Test
	void noClippingInFp16IsPointedOut() {
		List<Finding> findings = this.rule.check(of(Map.of("fp16", true, "max_grad_norm", 0)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("gradient_clipping", Severity.INFO, ValidationCodes.CLIPPING_DISABLED));
		assertThat(findings.get(0).related()).containsExactly("fp16");
		assertThat(findings.get(0).suggestion()).isEqualTo(1.0);
	}

	@Test
	void noClippingAtAHighLearningRateIsPointedOut() {
		assertThat(this.rule.check(of(Map.of("learning_rate", 2.0e-3, "gradient_clipping", 0))))
			.extracting(Finding::code, Finding::related)
			.containsExactly(tuple(ValidationCodes.CLIPPING_DISABLED, List.of("learning_rate")));
	}

	@Test
	void noClippingAtUsualRatesInBf16SaysNothing() {
		assertThat(this.rule.check(of(Map.of("learning_rate", 1.0e-3, "gradient_clipping", 0, "bf16", true))))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("fp16", true, "gradient_clipping", 1.0)))).isEmpty();
	}

}
