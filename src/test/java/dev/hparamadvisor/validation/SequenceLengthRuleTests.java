package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SequenceLengthRuleTests {

	private final Rule rule = new SequenceLengthRule();

	@Test
	void aSequenceBeyondTheContextWindowIsAWarning() {
		List<Finding> findings = this.rule.check(of(Map.of("max_seq_length", 8192), RunContext.unknown().window(4096)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("sequence_length", Severity.WARNING, ValidationCodes.SEQUENCE_EXCEEDS_CONTEXT));
		assertThat(findings.get(0).suggestion()).isEqualTo(4096L);
	}

	@Test
	void theWholeContextWindowIsAllowed() {
		assertThat(this.rule.check(of(Map.of("sequence_length", 4096), RunContext.unknown().window(4096)))).isEmpty();
	}

	@Test
	void eightThousandNinetySixIsATypoForEightThousandOneHundredNinetyTwo() {
		List<Finding> findings = this.rule.check(of(Map.of("sequence_len", 8096)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(
					tuple("sequence_length", Severity.WARNING, ValidationCodes.SEQUENCE_LENGTH_LOOKS_MISTYPED));
		assertThat(findings.get(0).suggestion()).isEqualTo(8192L);
	}

	@ParameterizedTest
	@ValueSource(ints = { 8192, 8000, 4000, 2000, 1000, 512, 500, 3072 })
	void powersOfTwoAndRoundNumbersAreDeliberate(int length) {
		assertThat(this.rule.check(of(Map.of("sequence_length", length)))).isEmpty();
	}

	@Test
	void beyondTheWindowIsTheOnlyFinding() {
		assertThat(this.rule.check(of(Map.of("sequence_length", 8096), RunContext.unknown().window(4096))))
			.extracting(Finding::code)
			.containsExactly(ValidationCodes.SEQUENCE_EXCEEDS_CONTEXT);
	}

}
