package dev.hparamadvisor.validation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small configurations with one planted mistake each
 * ({@code src/test/resources/validation/seeded-faults.yaml}): the validator must name the
 * parameter, severity and code the row expects, and nothing the row rules out.
 */
class SeededFaultsTests {

	static List<ValidationCase> faults() {
		return ValidationCase.load("seeded-faults.yaml");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void theSeededFaultIsFound(ValidationCase fault) {
		ValidationCase.Expected expected = fault.expect();
		assertThat(expected).as("a seeded fault names what it expects").isNotNull();
		ValidationReport report = fault.validate();
		assertThat(report.findings()).as("%s: expected %s", fault.name(), expected)
			.filteredOn(expected::matches)
			.isNotEmpty()
			.anySatisfy((finding) -> {
				assertThat(expected.suggests(finding.suggestion())).as("suggestion %s", finding.suggestion()).isTrue();
				assertThat(expected.relates(finding.related())).as("related %s", finding.related()).isTrue();
			});
		for (ValidationCase.Expected absent : fault.mustNotFind()) {
			assertThat(report.findings()).as("%s: must not report %s", fault.name(), absent).noneMatch(absent::matches);
		}
		if (expected.severity() == Severity.ERROR) {
			assertThat(report.valid()).isFalse();
		}
	}

	@Test
	void thereAreAtLeastSixtyFaultsCoveringEverySeverity() {
		List<ValidationCase> faults = faults();
		assertThat(faults).hasSizeGreaterThanOrEqualTo(60);
		assertThat(faults).extracting((f) -> f.expect().severity())
			.contains(Severity.ERROR, Severity.WARNING, Severity.INFO);
		assertThat(faults).extracting(ValidationCase::name).doesNotHaveDuplicates();
	}

}
