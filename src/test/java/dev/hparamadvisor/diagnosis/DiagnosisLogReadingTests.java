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
