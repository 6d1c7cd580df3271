package dev.hparamadvisor.diagnosis;

import java.nio.file.Path;
import java.util.Map;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.validation.ConfigValidator;
import dev.hparamadvisor.validation.ValidationContext;
import dev.hparamadvisor.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real trainer states: every one is diagnosed, every code is found on a run that
 * shows it, and the suggested configuration passes validation without an ERROR.
 */
class DiagnosisRealRunsTests {

	private static final ConfigValidator VALIDATOR = new ConfigValidator(BundledCatalogue.get());

	@Test
	void everyRealRunIsDiagnosedWithFindingsThatStateTheirEvidence() {
		for (Path file : SharedRuns.all()) {
			DiagnosisReport report = Diagnoses.of(SharedRuns.bytes(file));
			assertThat(report.run().trainPoints() + report.run().evalPoints()).as(file.toString()).isPositive();
			RunChecks.findingsAreConsistent(file.getFileName().toString(), report);
		}
	}

	@ParameterizedTest
	@CsvSource({ "Woodwardbr, NON_FINITE_LOSS, 500", "JustinBStrong, DIVERGENCE, 10",
			"armenkarakashian, LOSS_SPIKES, 252", "SeanGormann__llm_recovery__checkpoint-200, GRAD_NORM_SPIKES, 76",
			"Merlinmy, OVERFITTING, 1000", "arthuribias-coder, PLATEAU, 1610", "Dheena731, CLIPPING_ALWAYS_ACTIVE, 15",
			"jubaerkhan49, SCHEDULE_MISMATCH, 800", "Merlinmy, EARLY_STOPPING_POINT, 3000", "Fujump, NO_EVALUATION, 10",
			"arthuribias-coder, ODD_ENTRIES, 10" })
	void eachCodeIsFoundOnARealRunThatShowsIt(String run, DiagnosisCodes code, long from) {
		DiagnosisReport report = Diagnoses.of(SharedRuns.bytes(SharedRuns.named(run)));
		Finding finding = Diagnoses.finding(report, code);
		assertThat(finding).as(run + " " + Diagnoses.codes(report)).isNotNull();
		assertThat(finding.steps().from()).isEqualTo(from);
	}

	@Test
	void theBestStepAgreesWithTheFileWhereTheFileChoseByEvalLoss() {
		DiagnosisReport report = Diagnoses.of(SharedRuns.bytes(SharedRuns.named("Dheena731")));
		assertThat(report.best().step()).isEqualTo(2800);
		assertThat(report.best().agreesWithFile()).isTrue();
		DiagnosisReport wer = Diagnoses.of(SharedRuns.bytes(SharedRuns.named("Merlinmy")));
		assertThat(wer.best().step()).isEqualTo(1000);
		assertThat(wer.best().agreesWithFile()).as("the file chose by WER").isFalse();
	}

	@Test
	void theSuggestedConfigurationOfEveryRunPassesValidation() {
		String configuration = "{\"learning_rate\": 5e-5, \"num_train_epochs\": 3, \"max_grad_norm\": 1.0, "
				+ "\"warmup_ratio\": 0.03, \"lr_scheduler_type\": \"linear\", \"per_device_train_batch_size\": 8, "
				+ "\"eval_strategy\": \"steps\", \"eval_steps\": 100, \"save_steps\": 100}";
		for (Path file : SharedRuns.all()) {
			DiagnosisReport report = Diagnoses.of(RunEdits.envelope(RunEdits.state(file), configuration));
			Map<String, Object> suggested = report.suggestedConfiguration();
			assertThat(suggested).containsKeys("learning_rate", "num_epochs", "gradient_clipping");
			ValidationReport validation = VALIDATOR.validateValues(suggested, ValidationContext.EMPTY);
			assertThat(validation.valid()).as(file + " " + suggested + " " + validation.findings()).isTrue();
		}
	}

}
