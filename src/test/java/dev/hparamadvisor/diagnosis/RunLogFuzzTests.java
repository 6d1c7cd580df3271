package dev.hparamadvisor.diagnosis;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arbitrary bytes, read as a log in any format or none, either give a diagnosis whose
 * findings are consistent and whose chart is well-formed XML, or fail with an
 * {@link UnreadableLog} that says why in words. Runs the inputs under
 * {@code src/test/resources} in {@code ./mvnw verify}; fuzzes with
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=RunLogFuzzTests} (named apart from
 * {@code Diagnos*}, so that a targeted run of the other tests does not load Jazzer into
 * their JVM).
 */
class RunLogFuzzTests {

	private static final Diagnosis DIAGNOSIS = new Diagnosis(new DiagnosisLimits(DataSize.ofKilobytes(64)),
			new dev.hparamadvisor.dialect.DialectReader(dev.hparamadvisor.catalogue.BundledCatalogue.get()),
			Validation.buildDefaultValidatorFactory().getValidator());

	@FuzzTest(maxDuration = "60s")
	void readsAnyLogOrSaysWhyNot(FuzzedDataProvider data) throws Exception {
		int choice = data.consumeInt(0, LogFormat.values().length);
		LogFormat format = (choice < LogFormat.values().length) ? LogFormat.values()[choice] : null;
		boolean chart = data.consumeBoolean();
		byte[] log = data.consumeRemainingAsBytes();
		try {
			if (chart) {
				DiagnosisChartTests.parse(DIAGNOSIS.chart(new ByteArrayInputStream(log), format));
				return;
			}
			DiagnosisReport report = DIAGNOSIS.diagnose(new ByteArrayInputStream(log), format);
			assertThat(report.run().trainPoints() + report.run().evalPoints()).isPositive();
			for (Finding finding : report.findings()) {
				assertThat(finding.severity()).isEqualTo(finding.code().severity());
				assertThat(finding.steps().from()).isLessThanOrEqualTo(finding.steps().to());
				assertThat(finding.message()).isNotBlank();
			}
			assertThat(report.summary().errors() + report.summary().warnings() + report.summary().infos())
				.isEqualTo(report.findings().size());
		}
		catch (UnreadableLog ex) {
			assertThat(ex.detail()).isNotBlank().doesNotContain("tools.jackson", "java.");
			assertThat(ex.type()).isIn(UnreadableLog.INVALID_LOG, UnreadableLog.INVALID_REQUEST);
		}
	}

}
