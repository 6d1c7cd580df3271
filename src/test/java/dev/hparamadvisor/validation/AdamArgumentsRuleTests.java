package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AdamArgumentsRuleTests {

	private final Rule rule = new AdamArgumentsRule();

	@Test
	void beta2EqualToBeta1IsAWarning() {
		List<Finding> findings = this.rule.check(of(Map.of("adam_beta1", 0.9, "adam_beta2", 0.9)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("adam_beta2", Severity.WARNING, ValidationCodes.BETA2_NOT_ABOVE_BETA1));
		assertThat(findings.get(0).related()).containsExactly("adam_beta1");
		assertThat(findings.get(0).suggestion()).isEqualTo(0.999);
	}

	@Test
	void aBeta1AboveTheDefaultBeta2IsAWarning() {
		assertThat(this.rule.check(of(Map.of("beta1", 0.9995)))).extracting(Finding::code)
			.containsExactly(ValidationCodes.BETA2_NOT_ABOVE_BETA1);
	}

	@Test
	void usualBetasSayNothing() {
		assertThat(this.rule.check(of(Map.of("adam_beta1", 0.9, "adam_beta2", 0.95)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("adam_beta2", 0.98)))).isEmpty();
	}

	@Test
	void anEpsilonOfOneTenThousandthIsTooLarge() {
		List<Finding> findings = this.rule.check(of(Map.of("adam_epsilon", 1.0e-4)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("adam_epsilon", Severity.WARNING, ValidationCodes.EPSILON_TOO_LARGE));
		assertThat(findings.get(0).suggestion()).isEqualTo(1.0e-8);
	}

	@Test
	void epsilonsUpToJustBelowOneTenThousandthAreFine() {
		assertThat(this.rule.check(of(Map.of("adam_epsilon", 9.0e-5)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("eps", 1.0e-8)))).isEmpty();
	}

	@Test
	void aZeroEpsilonIsAWarning() {
		assertThat(this.rule.check(of(Map.of("adam_epsilon", 0)))).extracting(Finding::severity, Finding::code)
			.containsExactly(tuple(Severity.WARNING, ValidationCodes.EPSILON_ZERO));
	}

	@Test
	void adamArgumentsForSgdAreIgnored() {
		List<Finding> findings = this.rule
			.check(of(Map.of("optimizer", "torch.optim.SGD", "adam_beta1", 0.9, "adam_epsilon", 1.0e-8)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactlyInAnyOrder(
					tuple("adam_beta1", Severity.WARNING, ValidationCodes.OPTIMIZER_ARGUMENT_IGNORED),
					tuple("adam_epsilon", Severity.WARNING, ValidationCodes.OPTIMIZER_ARGUMENT_IGNORED));
		assertThat(findings).allSatisfy((f) -> assertThat(f.related()).containsExactly("optimizer"));
	}

	@Test
	void momentumForAdamWIsIgnored() {
		assertThat(this.rule.check(of(Map.of("optim", "adamw_torch_fused", "momentum", 0.9))))
			.extracting(Finding::parameter, Finding::code)
			.containsExactly(tuple("momentum", ValidationCodes.OPTIMIZER_ARGUMENT_IGNORED));
	}

	@Test
	void argumentsTheOptimizerUsesSayNothing() {
		assertThat(this.rule.check(of(Map.of("optimizer", "lion", "adam_beta1", 0.9, "adam_beta2", 0.99)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("optimizer", "sgd", "momentum", 0.9)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("optimizer", "adamw", "adam_beta2", 0.95, "adam_epsilon", 1.0e-8))))
			.isEmpty();
	}

}
