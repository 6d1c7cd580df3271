package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BatchArithmeticRuleTests {

	private final Rule rule = new BatchArithmeticRule();

	private final Map<String, Object> alpaca = Map.of("total_batch_size", 128, "batch_size", 4,
			"gradient_accumulation_steps", 8);

	@Test
	void aTotalThatIsNotTheProductIsAnError() {
		List<Finding> findings = this.rule.check(of(this.alpaca, RunContext.unknown().devices(2)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("total_batch_size", Severity.ERROR, ValidationCodes.BATCH_SIZES_INCONSISTENT));
		assertThat(findings.get(0).suggestion()).isEqualTo(64.0);
		assertThat(findings.get(0).related()).containsExactly("batch_size", "gradient_accumulation_steps");
	}

	@Test
	void aTotalThatIsTheProductIsConsistent() {
		assertThat(this.rule.check(of(this.alpaca, RunContext.unknown().devices(4)))).isEmpty();
	}

	@Test
	void aTotalThatTheMicroBatchDoesNotDivideIsAWarning() {
		List<Finding> findings = this.rule.check(of(Map.of("train_batch_size", 100, "micro_batch_size", 8)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("total_batch_size", Severity.WARNING, ValidationCodes.BATCH_NOT_DIVISIBLE));
		assertThat(findings.get(0).suggestion()).isEqualTo(104.0);
	}

	@Test
	void aDivisibleTotalOrAMissingSideSaysNothing() {
		assertThat(this.rule.check(of(Map.of("total_batch_size", 128, "batch_size", 8)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("total_batch_size", 100)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("batch_size", 8, "gradient_accumulation_steps", 3)))).isEmpty();
	}

}
