package dev.hparamadvisor.diagnosis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same small run in each format gets the same diagnosis; NaN-bearing files are
 * accepted and diagnosed.
 */
class DiagnosisFormatsTests {

	@Test
	void theSameRunInEveryFormatOverfitsFromTheSameBestStep() {
		for (String file : new String[] { "trainer_state.json", "metrics.jsonl", "metrics.csv" }) {
			DiagnosisReport report = Diagnoses.of(Logs.bytes(file));
			assertThat(report.run().trainPoints()).as(file).isEqualTo(60);
			assertThat(report.run().evalPoints()).as(file).isEqualTo(6);
			assertThat(report.best().step()).as(file).isEqualTo(30);
			Finding overfitting = Diagnoses.finding(report, DiagnosisCodes.OVERFITTING);
			assertThat(overfitting).as(file + " " + Diagnoses.codes(report)).isNotNull();
			assertThat(overfitting.steps()).isEqualTo(new StepRange(30, 60));
			assertThat(overfitting.evidence()).containsKeys("eval_loss_rise", "train_loss_fall");
		}
	}

	@Test
	void theTrainerStateSaysItsBestCheckpointAgrees() {
		Best best = Diagnoses.of(Logs.bytes("trainer_state.json")).best();
		assertThat(best.checkpoint()).isEqualTo("checkpoint-30");
		assertThat(best.fileCheckpoint()).isEqualTo("./out/checkpoint-30");
		assertThat(best.agreesWithFile()).isTrue();
		assertThat(best.goal()).isEqualTo("minimize");
	}

	@Test
	void aNanBearingFileIsDiagnosedWithItsFirstNonFiniteStep() {
		DiagnosisReport report = Diagnoses.of(Logs.bytes("trainer_state_nan.json"));
		Finding finding = Diagnoses.finding(report, DiagnosisCodes.NON_FINITE_LOSS);
		assertThat(finding.steps().from()).isEqualTo(45);
		assertThat(finding.evidence()).containsEntry("non_finite_train_losses", 16)
			.containsEntry("non_finite_eval_losses", 2);
		assertThat(report.summary().errors()).isPositive();
		assertThat(report.findings().get(0).code()).isEqualTo(DiagnosisCodes.NON_FINITE_LOSS);
	}

	@Test
	void torchtuneLinesEndingInNanAreANonFiniteLossAtTheLastStep() {
		DiagnosisReport report = Diagnoses.of(Logs.bytes("torchtune.log"));
		assertThat(report.run().format()).isEqualTo(LogFormat.TORCHTUNE);
		assertThat(Diagnoses.finding(report, DiagnosisCodes.NON_FINITE_LOSS).steps()).isEqualTo(StepRange.at(61));
		assertThat(Diagnoses.codes(report)).contains(DiagnosisCodes.NO_EVALUATION);
	}

	@Test
	void aConfiguredMetricToMaximizeDecidesTheBestStep() {
		String log = "{\"log\": [{\"step\": 1, \"loss\": 2}, {\"step\": 2, \"eval_accuracy\": 0.5}, "
				+ "{\"step\": 3, \"eval_accuracy\": 0.7}, {\"step\": 4, \"eval_accuracy\": 0.6}], "
				+ "\"configuration\": {\"metric_for_best_model\": \"accuracy\"}}";
		Best best = Diagnoses.of(log).best();
		assertThat(best.metric()).isEqualTo("eval_accuracy");
		assertThat(best.goal()).isEqualTo("maximize");
		assertThat(best.step()).isEqualTo(3);
	}

	@Test
	void theEarlyStoppingPointCountsEvaluationsAsTheCallbackDoes() {
		// best 1.0 at step 2; 1.0 then 0.99 (not better by more than 0.05) then 1.2:
		// stops
		// at the third evaluation after the best with patience 3
		String log = "{\"log\": [{\"step\": 1, \"loss\": 2}, {\"step\": 2, \"eval_loss\": 1.0}, "
				+ "{\"step\": 3, \"eval_loss\": 1.0}, {\"step\": 4, \"eval_loss\": 0.99}, "
				+ "{\"step\": 5, \"eval_loss\": 1.2}, {\"step\": 6, \"eval_loss\": 1.3}], \"configuration\": "
				+ "{\"early_stopping_patience\": 3, \"early_stopping_threshold\": 0.05}}";
		Finding finding = Diagnoses.finding(Diagnoses.of(log), DiagnosisCodes.EARLY_STOPPING_POINT);
		assertThat(finding.evidence()).containsEntry("stop_step", 5L).containsEntry("patience", 3);
		assertThat(finding.suggestions()).extracting(Suggestion::parameter).containsExactly("load_best_model_at_end");
	}

}
