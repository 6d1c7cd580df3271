package dev.hparamadvisor.diagnosis;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runs collected beyond the shared data ({@link CollectedRuns}): every file in the
 * directory is read, counted and drawn, whatever it holds, so that runs added later are
 * checked too; and each run listed in {@code collected-expectations.tsv} gets the codes
 * its numbers show and none that they rule out.
 */
class CollectedRunsTests {

	@TestFactory
	Stream<DynamicTest> everyCollectedRunIsReadCountedAndDrawn() {
		return whenCollected(() -> CollectedRuns.FILES.all()
			.stream()
			.map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> readCountedAndDrawn(file))));
	}

	/** The tests, or one skipped with the reason when the directory is not there. */
	private static Stream<DynamicTest> whenCollected(Supplier<Stream<DynamicTest>> tests) {
		if (!CollectedRuns.FILES.present()) {
			return Stream.of(DynamicTest.dynamicTest("collected runs", () -> CollectedRuns.FILES.require()));
		}
		return tests.get();
	}

	private static void readCountedAndDrawn(Path file) throws Exception {
		String name = file.getFileName().toString();
		byte[] bytes = RunFiles.bytes(file);
		DiagnosisReport report = Diagnoses.of(bytes);
		int logHistory = RunEdits.JSON.readTree(bytes).path("log_history").size();
		assertThat(report.run().entries()).as(name + ": entries of log_history").isEqualTo(logHistory);
		assertThat(report.run().trainPoints() + report.run().evalPoints()).as(name).isPositive();
		RunChecks.findingsAreConsistent(name, report);
		String svg = Diagnoses.DIAGNOSIS.chart(new ByteArrayInputStream(bytes), null);
		Document chart = DiagnosisChartTests.parse(svg);
		assertThat(chart.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(chart.getElementsByTagName("script").getLength()).isZero();
	}

	@TestFactory
	Stream<DynamicTest> eachCollectedRunGetsTheFindingsItsNumbersShow() {
		return whenCollected(CollectedRunsTests::expectedFindings);
	}

	private static Stream<DynamicTest> expectedFindings() {
		Map<String, Path> files = new HashMap<>();
		Map<String, String> sources = CollectedRuns.sources();
		for (Path file : CollectedRuns.FILES.all()) {
			String source = sources.get(file.getFileName().toString());
			if (source != null) {
				files.put(source, file);
			}
		}
		return CollectedRuns.expectations()
			.stream()
			.map((expected) -> DynamicTest.dynamicTest(expected.source(), () -> {
				Path file = files.get(expected.source());
				Assumptions.assumeTrue(file != null, () -> "Skipped: " + expected.source() + " is not collected here");
				DiagnosisReport report = Diagnoses.of(RunFiles.bytes(file));
				Set<DiagnosisCodes> codes = EnumSet.noneOf(DiagnosisCodes.class);
				codes.addAll(Diagnoses.codes(report));
				String why = expected.source() + " (" + expected.reading() + "), found " + describe(report);
				assertThat(codes).as(why).containsAll(expected.present());
				assertThat(codes).as(why).doesNotContainAnyElementsOf(expected.absent());
			}));
	}

	@Test
	void theExpectationsDecideEachCodeOnceAndEachRunOnce() {
		List<CollectedRuns.Expectation> expectations = CollectedRuns.expectations();
		Set<String> sources = new HashSet<>();
		for (CollectedRuns.Expectation expected : expectations) {
			assertThat(sources.add(expected.source())).as(expected.source()).isTrue();
			Set<DiagnosisCodes> decided = EnumSet.noneOf(DiagnosisCodes.class);
			Stream.of(expected.present(), expected.absent(), expected.disputed())
				.forEach((codes) -> codes.forEach(
						(code) -> assertThat(decided.add(code)).as(expected.source() + " " + code + " is decided twice")
							.isTrue()));
			assertThat(expected.reading()).as(expected.source()).isNotBlank();
		}
		assertThat(expectations).hasSizeGreaterThanOrEqualTo(25);
	}

	private static String describe(DiagnosisReport report) {
		return report.findings()
			.stream()
			.map((f) -> f.code() + " " + f.steps().from() + "-" + f.steps().to() + " " + f.evidence())
			.collect(Collectors.joining("; ", "[", "]"));
	}

}
