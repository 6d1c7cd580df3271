package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sequence length, epochs, batch and schedule rules.
 */
class RulesTests {

	@Test
	void sequenceLengthsCoverTheDataAndAreNeverATypoOfAPowerOfTwo() {
		assertThat(SequenceLengths.roundUp(1800)).isEqualTo(1856);
		assertThat(SequenceLengths.roundUp(2048)).isEqualTo(2048);
		assertThat(SequenceLengths.roundUp(2049)).isEqualTo(2176);
		assertThat(SequenceLengths.roundUp(8100)).isEqualTo(8192);
		for (int tokens = 1; tokens <= 200_000; tokens += 7) {
			int length = SequenceLengths.roundUp(tokens);
			assertThat(length).isGreaterThanOrEqualTo(tokens);
			long power = Long.highestOneBit(length);
			double off = Math.min(Math.abs(length - power) / (double) power,
					Math.abs(2 * power - length) / (2.0 * power));
			assertThat(off == 0 || off >= 0.02 || length < 1000).as("%d", length).isTrue();
		}
	}

	@Test
	void sequenceLengthFollowsTheP95OrOneAndAHalfTimesTheAverageWithinFloorAndWindow() {
		assertThat(SequenceLengths.choose(Scenarios.of(Task.CHAT, "llama-3.1-8b", 1000, 650, 1800, Priority.BALANCED))
			.length()).isEqualTo(1856);
		assertThat(SequenceLengths.choose(Scenarios.of(Task.CHAT, "llama-3.1-8b", 1000, 400, null, Priority.BALANCED))
			.length()).isEqualTo(640);
		assertThat(SequenceLengths.choose(Scenarios.of(Task.CHAT, "llama-3.1-8b", 1000, 40, 90, Priority.BALANCED))
			.length()).isEqualTo(256);
		assertThat(
				SequenceLengths.choose(Scenarios.of(Task.PREFERENCE, "llama-3.1-8b", 1000, 40, 90, Priority.BALANCED))
					.length())
			.isEqualTo(512);
		SequenceLengths.Choice capped = SequenceLengths
			.choose(Scenarios.of(Task.CHAT, "phi-3-mini", 1000, 3000, 9000, Priority.BALANCED));
		assertThat(capped.length()).isEqualTo(4096);
		assertThat(capped.advice().rationale()).contains("context window", "truncated");
	}

	@Test
	void epochsFollowOpenAisHeuristicWithinTheRecipesBand() {
		assertThat(Epochs.heuristic(10)).isEqualTo(10);
		assertThat(Epochs.heuristic(20)).isEqualTo(5);
		assertThat(Epochs.heuristic(5_000)).isEqualTo(3);
		assertThat(Epochs.heuristic(10_000)).isEqualTo(2);
		assertThat(Epochs.heuristic(12_501)).isEqualTo(1);
		assertThat(epochs(Task.CHAT, 5_000, Priority.BALANCED)).isEqualTo(3);
		assertThat(epochs(Task.CHAT, 5_000, Priority.SPEED)).isEqualTo(2);
		assertThat(epochs(Task.CHAT, 10, Priority.BALANCED)).isEqualTo(5);
		assertThat(epochs(Task.CLASSIFICATION, 50_000, Priority.BALANCED)).isEqualTo(2);
		assertThat(epochs(Task.CREATIVE_WRITING, 5_000, Priority.BALANCED)).isEqualTo(2);
	}

	private static double epochs(Task task, long examples, Priority priority) {
		return (Double) Epochs.choose(Scenarios.of(task, "llama-3.1-8b", examples, 500, 1000, priority)).value();
	}

	@Test
	void theBatchAimsAtTheRecipesAnchorWithAbout100StepsAndBoundedAccumulation() {
		Scenario large = Scenarios.of(Task.CHAT, "llama-3.1-8b", 50_000);
		assertThat(BatchSizing.target(large, Method.FULL, 1).target()).isEqualTo(128);
		assertThat(BatchSizing.target(large, Method.LORA, 1).target()).isEqualTo(16);
		Scenario small = Scenarios.of(Task.CHAT, "llama-3.1-8b", 1_000);
		assertThat(BatchSizing.target(small, Method.FULL, 3).target()).isEqualTo(16);
		assertThat(BatchSizing.target(Scenarios.of(Task.CHAT, "llama-3.1-8b", 50), Method.LORA, 2).target())
			.isEqualTo(4);
		BatchSizing.Batch capped = BatchSizing.batch(BatchSizing.target(large, Method.FULL, 1), 1, 1);
		assertThat(capped.accumulation()).isEqualTo(32);
		assertThat(capped.effective()).isEqualTo(32);
		assertThat(BatchSizing.batch(BatchSizing.target(large, Method.FULL, 1), 4, 1).effective()).isEqualTo(128);
	}

	@Test
	void warmupIsAFewPercentAndEarlyStoppingCanAlwaysFire() {
		Scenario s = Scenarios.of(Task.CHAT, "llama-3.1-8b", 50_000);
		for (long total = 2; total <= 3_000; total++) {
			long warmup = Schedule.warmupSteps(0.03, total);
			assertThat(warmup).isLessThanOrEqualTo(total / 10);
			var advice = Schedule.choose(s, total);
			long every = value(advice, "eval_steps");
			long patience = value(advice, "early_stopping_patience");
			assertThat(patience * every).as("total %d", total).isLessThan(total - warmup);
		}
		assertThat(Schedule.warmupSteps(0.03, 1500)).isEqualTo(45);
		assertThat(Schedule.warmupSteps(0.03, 9)).isZero();
	}

	private static long value(java.util.List<Advice> advice, String id) {
		return advice.stream()
			.filter((a) -> a.id().equals(id))
			.map((a) -> ((Number) a.value()).longValue())
			.findFirst()
			.orElseThrow();
	}

}
