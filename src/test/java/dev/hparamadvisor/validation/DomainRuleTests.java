package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.hparamadvisor.validation.Configurations.CATALOGUE;
import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DomainRuleTests {

	private final Rule rule = new DomainRule(CATALOGUE.vocabulary());

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "learning_rate, 0", "lr, -1.0e-5", "dropout, 1.0", "hidden_dropout_prob, -0.1",
			"attention_dropout, 1.0", "attn_pdrop, -0.05", "batch_size, 0", "gradient_accumulation_steps, 0",
			"num_epochs, 0", "num_train_epochs, -1", "adam_beta1, 1.0", "adam_beta2, -0.1", "beta2, 1.0",
			"momentum, 1.0", "weight_decay, -0.01", "max_grad_norm, -1", "temperature, -0.5", "top_p, 0", "top_p, 1.5",
			"top_k, -1", "warmup_ratio, 1.0", "early_stopping_patience, 0", "max_steps, -2", "lora_r, 0", "min_p, 1.5",
			"presence_penalty, 2.5", "preference_beta, -0.1" })
	void impossibleValuesAreErrors(String name, double value) {
		List<Finding> findings = this.rule.check(of(Map.of(name, value)));
		assertThat(findings).extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.ERROR, ValidationCodes.OUT_OF_DOMAIN));
		assertThat(findings.get(0).expected()).isNotBlank();
		assertThat(findings.get(0).sources()).isNotEmpty();
	}

	@Test
	void aliasesAreReportedUnderTheCanonicalName() {
		assertThat(this.rule.check(of(Map.of("lr", 0)))).extracting(Finding::parameter)
			.containsExactly("learning_rate");
		assertThat(this.rule.check(of(Map.of("attn_pdrop", 1.0)))).extracting(Finding::parameter)
			.containsExactly("attention_dropout");
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "dropout, 0.999", "dropout, 0", "top_p, 1.0", "momentum, 0.99", "adam_beta2, 0.999",
			"temperature, 2.0", "gradient_clipping, 0.3", "learning_rate, 1.0e-9", "top_k, 50", "min_p, 1.0",
			"preference_beta, 0" })
	void valuesAtTheEdgeOfTheDomainAreAllowed(String name, double value) {
		assertThat(this.rule.check(of(Map.of(name, value)))).isEmpty();
	}

	@Test
	void aFractionalCountIsAnErrorWithTheNearestWholeNumber() {
		assertThat(this.rule.check(of(Map.of("batch_size", 2.5))))
			.extracting(Finding::parameter, Finding::severity, Finding::code, Finding::suggestion)
			.containsExactly(tuple("batch_size", Severity.ERROR, ValidationCodes.NOT_AN_INTEGER, 3L));
		assertThat(this.rule.check(of(Map.of("gradient_accumulation_steps", 1.5)))).extracting(Finding::code)
			.containsExactly(ValidationCodes.NOT_AN_INTEGER);
		assertThat(this.rule.check(of(Map.of("top_k", 2.5)))).extracting(Finding::parameter, Finding::code)
			.containsExactly(tuple("top_k", ValidationCodes.NOT_AN_INTEGER));
	}

	@Test
	void aValueWithASpecialMeaningIsPointedOut() {
		List<Finding> findings = this.rule.check(of(Map.of("max_steps", 0)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("max_steps", Severity.INFO, ValidationCodes.SPECIAL_VALUE));
		assertThat(findings.get(0).sources()).containsExactly("hf-training-args");
		assertThat(this.rule.check(of(Map.of("temperature", 0)))).extracting(Finding::code)
			.containsExactly(ValidationCodes.SPECIAL_VALUE);
	}

	@Test
	void aSpecialValueThatIsTheDefaultIsNotPointedOut() {
		assertThat(this.rule.check(of(Map.of("max_steps", -1)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("top_p", 1.0)))).isEmpty();
	}

}
