package dev.hparamadvisor.diagnosis;

import dev.hparamadvisor.RequestProblem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * Reading logs in each format, detected or named, alone or in the envelope; and the
 * bodies that are not logs.
 */
class DiagnosisLogReadingTests {

	private final LogReading reading = new LogReading(1024 * 1024);

	private LogRequest read(String body, @Nullable LogFormat format) {
		return this.reading.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), format);
	}

	@Test
	void readsATrainerStateWithItsFacts() {
		RunLog log = read(Logs.text("trainer_state.json"), null).log();
		assertThat(log.format()).isEqualTo(LogFormat.HUGGINGFACE);
		assertThat(log.entries()).isEqualTo(67);
		assertThat(log.train().size).isEqualTo(60);
		assertThat(log.evals()).hasSize(6);
		assertThat(log.metrics()).containsExactly("loss", "learning_rate", "grad_norm", "eval_loss");
		assertThat(log.facts().maxSteps()).isEqualTo(60.0);
		assertThat(log.facts().bestModelCheckpoint()).isEqualTo("./out/checkpoint-30");
		assertThat(log.odd()).isEmpty();
	}

	@Test
	void anEvaluationRepeatedAtItsStepIsOneEvaluation() {
		String train = "{\"step\": 10, \"loss\": 1.0}, ";
		RunLog afterTraining = read("[" + train + "{\"step\": 10, \"eval_loss\": 0.9, \"eval_runtime\": 1.2}, "
				+ "{\"step\": 10, \"eval_loss\": 0.9, \"eval_runtime\": 1.3}]", null)
			.log();
		assertThat(afterTraining.evals()).hasSize(1);
		assertThat(afterTraining.odd()).as("the Trainer's evaluate() after training").isEmpty();
		RunLog twoSets = read(
				"[" + train + "{\"step\": 10, \"eval_a_loss\": 0.9}, " + "{\"step\": 10, \"eval_b_loss\": 0.7}]", null)
			.log();
		assertThat(twoSets.evals()).singleElement()
			.satisfies((eval) -> assertThat(eval.metrics()).containsEntry("eval_a_loss", 0.9)
				.containsEntry("eval_b_loss", 0.7));
		RunLog resumed = read(
				"[" + train + "{\"step\": 10, \"eval_loss\": 0.9}, " + "{\"step\": 10, \"eval_loss\": 0.8}]", null)
			.log();
		assertThat(resumed.evals()).singleElement()
			.satisfies((eval) -> assertThat(eval.metrics()).containsEntry("eval_loss", 0.8));
		assertThat(resumed.odd()).containsEntry("repeated_evaluations", 1);
	}

	@Test
	void aRepeatedLastEvaluationDoesNotCountTwiceAfterTheBest() {
		StringBuilder log = new StringBuilder("[");
		for (int step = 10; step <= 300; step += 10) {
			log.append("{\"step\": ").append(step).append(", \"loss\": ").append(2.0 - step / 200.0).append("}, ");
		}
		log.append("{\"step\": 100, \"eval_loss\": 1.0}, {\"step\": 200, \"eval_loss\": 0.9}, ")
			.append("{\"step\": 300, \"eval_loss\": 1.01}, {\"step\": 300, \"eval_loss\": 1.01}]");
		DiagnosisReport report = Diagnoses.of(log.toString());
		assertThat(report.run().evalPoints()).isEqualTo(3);
		assertThat(Diagnoses.codes(report)).as("one evaluation after the best, logged twice")
			.doesNotContain(DiagnosisCodes.OVERFITTING);
	}

	@Test
	void acceptsPythonsNanAndInfinity() {
		RunLog log = read(Logs.text("trainer_state_nan.json"), null).log();
		assertThat(log.train().loss[59]).isNaN();
		assertThat(log.evals().get(5).metrics().get("eval_loss")).isInfinite();
	}

	@Test
	void readsTheLogHistoryArrayAlone() {
		RunLog log = read("[{\"step\": 1, \"loss\": 2.0}, {\"step\": 2, \"loss\": 1.5}]", null).log();
		assertThat(log.train().size).isEqualTo(2);
	}

	@Test
	void readsTorchtuneLinesDetectedOrNamed() {
		for (LogFormat format : new LogFormat[] { null, LogFormat.TORCHTUNE }) {
			RunLog log = read(Logs.text("torchtune.log"), format).log();
			assertThat(log.format()).isEqualTo(LogFormat.TORCHTUNE);
			assertThat(log.train().size).isEqualTo(61);
			assertThat(log.train().learningRate[2]).isEqualTo(1e-4);
			assertThat(log.train().loss[60]).isNaN();
			assertThat(log.metrics()).contains("loss", "lr", "tokens_per_second_per_gpu");
		}
	}

	@Test
	void readsJsonLinesWithValidationLossAsEvalLoss() {
		RunLog log = read(Logs.text("metrics.jsonl"), null).log();
		assertThat(log.format()).isEqualTo(LogFormat.JSONL);
		assertThat(log.train().size).isEqualTo(60);
		assertThat(log.evals()).hasSize(6);
		assertThat(log.evals().get(0).metrics()).containsKey("eval_loss");
	}

	@Test
	void readsCsvWithBlankCellsAndKeepsOtherColumnsAsMetrics() {
		RunLog log = read(Logs.text("metrics.csv"), null).log();
		assertThat(log.format()).isEqualTo(LogFormat.CSV);
		assertThat(log.train().size).isEqualTo(60);
		assertThat(log.evals()).hasSize(6);
		assertThat(log.metrics()).contains("tokens");
	}

	@Test
	void unwrapsTheEnvelopeWithALogObjectOrString() {
		String state = Logs.text("trainer_state.json");
		LogRequest request = read("{\"configuration\": {\"learning_rate\": 2e-4, \"num_train_epochs\": 3}, "
				+ "\"context\": {\"max_steps\": 60}, \"log\": " + state + "}", null);
		assertThat(request.log().train().size).isEqualTo(60);
		assertThat(request.configuration().get("learning_rate").doubleValue()).isEqualTo(2e-4);
		assertThat(request.context().maxSteps()).isEqualTo(60L);
		String torchtune = Logs.text("torchtune.log").replace("\n", "\\n");
		assertThat(read("{\"log\": \"" + torchtune + "\"}", null).log().format()).isEqualTo(LogFormat.TORCHTUNE);
	}

	@Test
	void countsOddEntriesAndOrdersRepeatedSteps() {
		RunLog log = read("""
				{"log_history": [{"step": 2, "loss": 1.0}, {"step": 1, "loss": 2.0}, {"loss": 3.0},
				 {"step": 2, "loss": 0.9}, {"step": 3, "epoch": 1}, 7]}""", null).log();
		assertThat(log.train().size).isEqualTo(2);
		assertThat(log.train().loss[1]).isEqualTo(0.9);
		assertThat(log.odd()).containsEntry("no_step", 1)
			.containsEntry("no_loss_or_metric", 1)
			.containsEntry("not_an_object", 1)
			.containsEntry("repeated_steps", 1)
			.containsEntry("out_of_order", 1);
	}

	@Test
	void aTruncatedFileIsUnreadableAndSaysWhatWasExpected() {
		assertThatThrownBy(() -> read(Logs.text("trainer_state_truncated.json"), null))
			.asInstanceOf(type(UnreadableLog.class))
			.satisfies((ex) -> {
				assertThat(ex.type()).isEqualTo("invalid-log");
				assertThat(ex.detail()).contains("truncated", "trainer_state.json").doesNotContain("tools.jackson");
			});
	}

	@Test
	void whatIsNotALogIsUnreadable() {
		for (String body : new String[] { "", "hello world", "42", "{\"a\": 1}", "[1, 2]",
				"{\"log_history\": [{\"epoch\": 1}]}", "step,epoch\n1,2\n", "{\"step\": 1}\n{\"step\": 2}" }) {
			assertThatThrownBy(() -> read(body, null)).as(body)
				.asInstanceOf(type(UnreadableLog.class))
				.extracting(UnreadableLog::type)
				.isEqualTo("invalid-log");
		}
	}

	@Test
	void aBadEnvelopeNamesTheField() {
		assertThatThrownBy(() -> read("{\"log\": [{\"step\": 1, \"loss\": 1}], \"hyperparameters\": {}}", null))
			.asInstanceOf(type(UnreadableLog.class))
			.satisfies((ex) -> {
				assertThat(ex.type()).isEqualTo("invalid-request");
				assertThat(ex.errors()).extracting(RequestProblem.FieldProblem::pointer)
					.containsExactly("/hyperparameters");
			});
		assertThatThrownBy(() -> read("{\"log\": [], \"context\": {\"max_step\": 1}}", null))
			.asInstanceOf(type(UnreadableLog.class))
			.extracting(UnreadableLog::errors)
			.asList()
			.hasSize(1);
	}

}
