package dev.hparamadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static dev.hparamadvisor.diagnosis.DiagnosisCodes.DIVERGENCE;
import static dev.hparamadvisor.diagnosis.DiagnosisCodes.GRAD_NORM_SPIKES;
import static dev.hparamadvisor.diagnosis.DiagnosisCodes.LOSS_SPIKES;
import static dev.hparamadvisor.diagnosis.DiagnosisCodes.NON_FINITE_LOSS;
import static dev.hparamadvisor.diagnosis.DiagnosisCodes.OVERFITTING;
import static dev.hparamadvisor.diagnosis.DiagnosisCodes.PLATEAU;
import static dev.hparamadvisor.diagnosis.DiagnosisCodes.SCHEDULE_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defects injected into real runs are found where they were put; the clean originals do
 * not get those findings where their numbers do not show them.
 */
class DiagnosisInjectedDefectsTests {

	/** A LoRA run with 450 training points and 45 evaluations, falling slowly. */
	private static final String LORA = "arthuribias-coder";

	/** A full fine-tune with 1,218 training points, warmup and decay, no evaluation. */
	private static final String ALPACA = "yc1999";

	/**
	 * A QLoRA run with 1,000 training points whose loss falls steadily, no evaluation.
	 */
	private static final String QLORA = "Fujump";

	/** A classifier with 1,028 training points and gradient norms, no evaluation. */
	private static final String CLASSIFIER = "TheUn4given123jkbkjs";

	@Test
	void aNanFromStep3000IsANonFiniteLossThere() {
		ObjectNode state = RunEdits.eachTrainEntry(RunEdits.state(SharedRuns.named(LORA)), (entry) -> {
			if (entry.path("step").asLong() >= 3000) {
				entry.put("loss", Double.NaN);
			}
		});
		DiagnosisReport report = Diagnoses.of(RunEdits.bytes(state));
		Finding finding = Diagnoses.finding(report, NON_FINITE_LOSS);
		assertThat(finding).isNotNull();
		assertThat(finding.steps().from()).isEqualTo(3000);
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(Diagnoses.codes(Diagnoses.of(SharedRuns.bytes(SharedRuns.named(LORA)))))
			.doesNotContain(NON_FINITE_LOSS);
	}

	@Test
	void aLossFourTimesItsNeighboursIsASpikeAtItsStep() {
		ObjectNode state = RunEdits.eachTrainEntry(RunEdits.state(SharedRuns.named(ALPACA)), (entry) -> {
			if (entry.path("step").asLong() == 700) {
				entry.put("loss", entry.path("loss").asDouble() * 4);
			}
		});
		Finding finding = Diagnoses.finding(Diagnoses.of(RunEdits.bytes(state)), LOSS_SPIKES);
		assertThat(finding).isNotNull();
		assertThat(finding.evidence()).containsEntry("spikes", 1).containsEntry("largest_at_step", 700L);
		assertThat(finding.evidence()).containsEntry("recovered", 1);
		assertThat(finding.suggestions()).extracting(Suggestion::parameter).contains("learning_rate");
		assertThat(Diagnoses.codes(Diagnoses.of(SharedRuns.bytes(SharedRuns.named(ALPACA)))))
			.doesNotContain(LOSS_SPIKES);
	}

	@Test
	void aGradientNormTwentyTimesItsNeighboursIsASpikeAtItsStep() {
		ObjectNode state = RunEdits.eachTrainEntry(RunEdits.state(SharedRuns.named(CLASSIFIER)), (entry) -> {
			if (entry.path("step").asLong() == 600) {
				entry.put("grad_norm", Math.max(2, entry.path("grad_norm").asDouble() * 20));
			}
		});
		Finding finding = Diagnoses.finding(Diagnoses.of(RunEdits.bytes(state)), GRAD_NORM_SPIKES);
		assertThat(finding).isNotNull();
		assertThat(finding.steps().from()).isEqualTo(600);
		assertThat(Diagnoses.codes(Diagnoses.of(SharedRuns.bytes(SharedRuns.named(CLASSIFIER)))))
			.doesNotContain(GRAD_NORM_SPIKES);
	}

	@Test
	void anEvaluationLossRisingAfterStep3000IsOverfittingFromItsBest() {
		ObjectNode state = RunEdits.eachEvalEntry(RunEdits.state(SharedRuns.named(LORA)), (entry) -> {
			long step = entry.path("step").asLong();
			if (step > 3000) {
				entry.put("eval_loss", entry.path("eval_loss").asDouble() + 0.3 * (step - 3000) / 1500.0);
			}
		});
		DiagnosisReport report = Diagnoses.of(RunEdits.bytes(state));
		Finding finding = Diagnoses.finding(report, OVERFITTING);
		assertThat(finding).isNotNull();
		assertThat(finding.steps().from()).isBetween(2900L, 3100L);
		assertThat(finding.steps().to()).isEqualTo(4500);
		assertThat(finding.evidence()).containsKeys("eval_loss_rise", "train_loss_fall");
		assertThat(finding.suggestions()).extracting(Suggestion::parameter)
			.contains("early_stopping_patience", "load_best_model_at_end");
		assertThat(report.best().step()).isEqualTo(finding.steps().from());
		assertThat(Diagnoses.codes(Diagnoses.of(SharedRuns.bytes(SharedRuns.named(LORA))))).doesNotContain(OVERFITTING);
	}

	@Test
	void aFlatStretchFromAFifthToThreeFifthsOfTheRunIsAPlateauThere() {
		ObjectNode state = RunEdits.state(SharedRuns.named(QLORA));
		long last = RunEdits.lastStep(state);
		double[] level = { Double.NaN };
		RunEdits.eachTrainEntry(state, (entry) -> {
			long step = entry.path("step").asLong();
			if (step >= last / 5 && step <= 3 * last / 5) {
				if (Double.isNaN(level[0])) {
					level[0] = entry.path("loss").asDouble();
				}
				entry.put("loss", level[0]);
			}
		});
		Finding finding = Diagnoses.finding(Diagnoses.of(RunEdits.bytes(state)), PLATEAU);
		assertThat(finding).isNotNull();
		assertThat(finding.steps().from()).isBetween(last / 5, last / 5 + last / 20);
		assertThat(finding.steps().to()).isBetween(3 * last / 5 - last / 20, 3 * last / 5 + last / 20);
		assertThat(Diagnoses.codes(Diagnoses.of(SharedRuns.bytes(SharedRuns.named(QLORA))))).doesNotContain(PLATEAU);
	}

	@Test
	void aLossClimbingOverTheLastTwoFifthsIsADivergence() {
		ObjectNode state = RunEdits.state(SharedRuns.named(QLORA));
		long last = RunEdits.lastStep(state);
		RunEdits.eachTrainEntry(state, (entry) -> {
			long step = entry.path("step").asLong();
			if (step > 3 * last / 5) {
				entry.put("loss", entry.path("loss").asDouble() + 1.5 * (step - 3 * last / 5) / (2.0 * last / 5));
			}
		});
		Finding finding = Diagnoses.finding(Diagnoses.of(RunEdits.bytes(state)), DIVERGENCE);
		assertThat(finding).isNotNull();
		assertThat(finding.steps().to()).isEqualTo(last);
		assertThat(finding.steps().from()).isBetween(last / 2, 7 * last / 10);
		assertThat(Diagnoses.codes(Diagnoses.of(SharedRuns.bytes(SharedRuns.named(QLORA))))).doesNotContain(DIVERGENCE);
	}

	@Test
	void aMissingWarmupWhereOneWasConfiguredIsAScheduleMismatch() {
		String configuration = "{\"learning_rate\": 2e-5, \"warmup_ratio\": 0.03, \"lr_scheduler_type\": \"cosine\","
				+ " \"num_train_epochs\": 3}";
		ObjectNode state = RunEdits.state(SharedRuns.named(ALPACA));
		double peak = 2e-5;
		RunEdits.eachTrainEntry(state, (entry) -> {
			if (entry.path("step").asLong() <= 40) {
				entry.put("learning_rate", peak);
			}
		});
		Finding finding = Diagnoses.finding(Diagnoses.of(RunEdits.envelope(state, configuration)), SCHEDULE_MISMATCH);
		assertThat(finding).isNotNull();
		assertThat(finding.steps().from()).isEqualTo(1);
		assertThat(finding.evidence()).containsKey("configured_warmup_steps");
		DiagnosisReport clean = Diagnoses
			.of(RunEdits.envelope(RunEdits.state(SharedRuns.named(ALPACA)), configuration));
		assertThat(Diagnoses.codes(clean)).doesNotContain(SCHEDULE_MISMATCH);
	}

	@Test
	void aLearningRateStillRisingWhenTheRunEndsIsAWarmupAsLongAsTheRun() {
		ObjectNode state = RunEdits.state(SharedRuns.named(ALPACA));
		long last = RunEdits.lastStep(state);
		RunEdits.eachTrainEntry(state,
				(entry) -> entry.put("learning_rate", 2e-5 * entry.path("step").asLong() / last));
		Finding finding = Diagnoses.finding(Diagnoses.of(RunEdits.bytes(state)), SCHEDULE_MISMATCH);
		assertThat(finding).isNotNull();
		assertThat(finding.steps().to()).isEqualTo(last);
		assertThat(finding.evidence()).containsEntry("last_step", last).containsKey("planned_steps");
		assertThat(finding.suggestions()).extracting(Suggestion::parameter).containsExactly("warmup_ratio");
		RunEdits.eachTrainEntry(state,
				(entry) -> entry.put("learning_rate", 2e-5 * Math.min(1, entry.path("step").asLong() / (last / 10.0))));
		assertThat(Diagnoses.codes(Diagnoses.of(RunEdits.bytes(state))))
			.as("a warmup over a tenth of the run, then a constant rate")
			.doesNotContain(SCHEDULE_MISMATCH);
		RunEdits.eachTrainEntry(state,
				(entry) -> entry.put("learning_rate", 2e-5 * entry.path("step").asLong() / last));
		state.put("max_steps", 4 * last);
		assertThat(Diagnoses.codes(Diagnoses.of(RunEdits.bytes(state))))
			.as("a checkpoint saved during the warmup of a longer run")
			.doesNotContain(SCHEDULE_MISMATCH);
		state.remove("max_steps");
		assertThat(Diagnoses.codes(Diagnoses.of(RunEdits.bytes(state))))
			.as("a log that does not say how long the run was planned")
			.doesNotContain(SCHEDULE_MISMATCH);
		assertThat(Diagnoses.codes(Diagnoses.of(SharedRuns.bytes(SharedRuns.named(ALPACA)))))
			.doesNotContain(SCHEDULE_MISMATCH);
	}

	@Test
	void aLearningRateBackAtItsPeakAfterDecayIsARestartThere() {
		ObjectNode state = RunEdits.state(SharedRuns.named(ALPACA));
		long last = RunEdits.lastStep(state);
		double[] peak = { 0 };
		RunEdits.eachTrainEntry(state, (entry) -> peak[0] = Math.max(peak[0], entry.path("learning_rate").asDouble()));
		RunEdits.eachTrainEntry(state, (entry) -> {
			long step = entry.path("step").asLong();
			if (step > 3 * last / 5) {
				entry.put("learning_rate", peak[0] * (last - step + 1) / (2.0 * last / 5));
			}
		});
		Finding finding = Diagnoses.finding(Diagnoses.of(RunEdits.bytes(state)), SCHEDULE_MISMATCH);
		assertThat(finding).isNotNull();
		assertThat(finding.evidence()).containsEntry("restart_step", 3 * last / 5 + 1);
	}

}
