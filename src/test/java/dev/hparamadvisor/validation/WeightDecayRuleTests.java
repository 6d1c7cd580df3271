package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WeightDecayRuleTests {

	private final Rule rule = new WeightDecayRule();

	private final RunContext full = RunContext.of(Method.FULL, 7.0e9);

	@Test
	void decayThatHalvesTheWeightsIsAWarning() {
		// exp(-1e-3 x 0.1 x 7000) = 0.497
		List<Finding> findings = this.rule.check(
				of(Map.of("learning_rate", 1.0e-3, "weight_decay", 0.1, "max_steps", 7000, "lr_schedule", "constant"),
						this.full));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("weight_decay", Severity.WARNING, ValidationCodes.WEIGHT_DECAY_SHRINKS_WEIGHTS));
		assertThat(findings.get(0).suggestion()).isEqualTo(0.0143);
		assertThat(findings.get(0).related()).contains("learning_rate");
	}

	@Test
	void decayThatKeepsHalfTheWeightsSaysNothing() {
		// exp(-1e-3 x 0.1 x 6900) = 0.502
		assertThat(this.rule.check(
				of(Map.of("learning_rate", 1.0e-3, "weight_decay", 0.1, "max_steps", 6900, "lr_schedule", "constant"),
						this.full)))
			.isEmpty();
	}

	@Test
	void aDecayingScheduleHalvesTheAverageRate() {
		assertThat(this.rule
			.check(of(Map.of("learning_rate", 1.0e-3, "weight_decay", 0.1, "max_steps", 7000, "lr_schedule", "cosine"),
					this.full)))
			.isEmpty();
		assertThat(this.rule.check(
				of(Map.of("learning_rate", 1.0e-3, "weight_decay", 0.1, "max_steps", 14_000, "lr_schedule", "cosine"),
						this.full)))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.WEIGHT_DECAY_SHRINKS_WEIGHTS);
	}

	@Test
	void decayOnAdaptersPullsTowardsTheBaseModel() {
		// the LoRA paper's RoBERTa-base MNLI script: 92,040 steps at 5e-4 with decay 0.1
		Map<String, Object> roberta = Map.of("learning_rate", 5.0e-4, "weight_decay", 0.1, "max_steps", 92_040);
		assertThat(this.rule.check(of(roberta, RunContext.of(Method.LORA, 1.25e8)))).isEmpty();
		assertThat(this.rule.check(of(roberta, RunContext.of(Method.QLORA, 1.25e8)))).isEmpty();
		assertThat(this.rule.check(of(roberta, RunContext.of(Method.FULL, 1.25e8)))).hasSize(1);
	}

	@Test
	void couplingWithAdamOrSgdIsPointedOut() {
		List<Finding> findings = this.rule.check(of(Map.of("optimizer", "adam", "weight_decay", 0.01)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("weight_decay", Severity.INFO, ValidationCodes.WEIGHT_DECAY_AS_L2));
		assertThat(findings.get(0).related()).containsExactly("optimizer");
	}

	@Test
	void noDecayDecoupledDecayOrAnUnknownRunSaysNothing() {
		assertThat(this.rule.check(of(Map.of("optimizer", "sgd", "weight_decay", 0)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("optimizer", "adamw", "weight_decay", 0.1)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("learning_rate", 1.0e-3, "weight_decay", 0.1), this.full))).isEmpty();
	}

}
