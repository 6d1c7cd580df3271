package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LoraSettingsRuleTests {

	private final Rule rule = new LoraSettingsRule();

	private final Map<String, Object> adapter = Map.of("lora_r", 16, "lora_alpha", 32, "lora_dropout", 0.05);

	@Test
	void loraKnobsOnFullFineTuningAreWarnings() {
		List<Finding> findings = this.rule.check(of(this.adapter, RunContext.of(Method.FULL, 7.0e9)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactlyInAnyOrder(tuple("lora_r", Severity.WARNING, ValidationCodes.LORA_SETTING_WITHOUT_ADAPTER),
					tuple("lora_alpha", Severity.WARNING, ValidationCodes.LORA_SETTING_WITHOUT_ADAPTER),
					tuple("lora_dropout", Severity.WARNING, ValidationCodes.LORA_SETTING_WITHOUT_ADAPTER));
		assertThat(findings).allSatisfy((f) -> assertThat(f.related()).containsExactly("method"));
	}

	@Test
	void loraKnobsWithAdaptersOrAnUnknownMethodSayNothing() {
		assertThat(this.rule.check(of(this.adapter, RunContext.of(Method.LORA, 7.0e9)))).isEmpty();
		assertThat(this.rule.check(of(this.adapter, RunContext.of(Method.QLORA, 7.0e9)))).isEmpty();
		assertThat(this.rule.check(of(this.adapter))).isEmpty();
	}

	@Test
	void anAlphaFarBelowTheRankIsPointedOut() {
		List<Finding> findings = this.rule.check(of(Map.of("lora_rank", 16, "lora_alpha", 2)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("lora_alpha", Severity.INFO, ValidationCodes.LORA_ALPHA_FAR_FROM_RANK));
		assertThat(findings.get(0).suggestion()).isEqualTo(32.0);
		assertThat(findings.get(0).related()).containsExactly("lora_r");
	}

	@Test
	void anAlphaFarAboveTheRankIsPointedOut() {
		assertThat(this.rule.check(of(Map.of("lora_r", 16, "lora_alpha", 256)))).extracting(Finding::code)
			.containsExactly(ValidationCodes.LORA_ALPHA_FAR_FROM_RANK);
	}

	@Test
	void qloraQuarterAndEightfoldAlphaAreTheBounds() {
		assertThat(this.rule.check(of(Map.of("lora_r", 64, "lora_alpha", 16)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("lora_r", 16, "lora_alpha", 128)))).isEmpty();
	}

}
