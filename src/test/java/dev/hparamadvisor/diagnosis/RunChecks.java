package dev.hparamadvisor.diagnosis;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What holds for every finding on any real run, whatever the run shows.
 */
final class RunChecks {

	private RunChecks() {
	}

	/**
	 * Each finding has its code's severity, evidence of finite numbers, its sources, and
	 * steps within the run.
	 */
	static void findingsAreConsistent(String run, DiagnosisReport report) {
		for (Finding finding : report.findings()) {
			String label = run + " " + finding.code();
			assertThat(finding.severity()).as(label).isEqualTo(finding.code().severity());
			assertThat(finding.evidence()).as(label).isNotEmpty();
			for (Map.Entry<String, Number> evidence : finding.evidence().entrySet()) {
				assertThat(Double.isFinite(evidence.getValue().doubleValue())).as(label + " " + evidence).isTrue();
			}
			assertThat(finding.sources()).as(label).isNotEmpty();
			assertThat(finding.steps().from()).as(label).isBetween(0L, finding.steps().to());
			assertThat(finding.steps().to()).as(label).isLessThanOrEqualTo(report.run().lastStep());
		}
	}

}
