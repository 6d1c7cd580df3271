package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EpochsVersusDatasetRuleTests {

	private final Rule rule = new EpochsVersusDatasetRule();

	@ParameterizedTest(name = "{0} examples -> {1} epochs")
	@CsvSource({ "1, 25", "10, 10", "20, 5", "33, 3", "8333, 3", "8334, 2", "10000, 2", "12501, 1", "1000000, 1" })
	void theHeuristicMatchesOpenAisCookbook(long examples, long epochs) {
		assertThat(EpochsVersusDatasetRule.heuristic(examples)).isEqualTo(epochs);
	}

	@Test
	void manyEpochsOnALargeDatasetArePointedOut() {
		List<Finding> findings = this.rule.check(of(Map.of("num_epochs", 3), RunContext.unknown().examples(100_000)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("num_epochs", Severity.INFO, ValidationCodes.EPOCHS_UNUSUAL_FOR_DATASET));
		assertThat(findings.get(0).suggestion()).isEqualTo(1L);
	}

	@Test
	void oneEpochOnATinyDatasetIsPointedOut() {
		assertThat(this.rule.check(of(Map.of("epochs", 1), RunContext.unknown().examples(40))))
			.extracting(Finding::code, Finding::suggestion)
			.containsExactly(tuple(ValidationCodes.EPOCHS_UNUSUAL_FOR_DATASET, 3L));
	}

	@Test
	void lessThanTwiceOrHalfTheHeuristicIsUsual() {
		RunContext thousand = RunContext.unknown().examples(1000);
		assertThat(this.rule.check(of(Map.of("num_epochs", 5), thousand))).isEmpty();
		assertThat(this.rule.check(of(Map.of("num_epochs", 2), thousand))).isEmpty();
		assertThat(this.rule.check(of(Map.of("num_epochs", 6), thousand))).hasSize(1);
		assertThat(this.rule.check(of(Map.of("num_epochs", 1.5), thousand))).hasSize(1);
	}

	@Test
	void maxStepsOrAnUnknownDatasetSaysNothing() {
		assertThat(this.rule.check(of(Map.of("num_epochs", 30, "max_steps", 100), RunContext.unknown().examples(1000))))
			.isEmpty();
		assertThat(this.rule.check(of(Map.of("num_epochs", 30)))).isEmpty();
	}

}
