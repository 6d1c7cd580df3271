package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The learning-rate rule against its anchors and adjustments.
 */
class LearningRatesTests {

	static double rate(Scenario s, Method method, int batch, long steps) {
		return (Double) LearningRates.choose(s, method, batch, steps, null).value();
	}

	@Test
	void fullFineTuningIs1point4e5AtEverySize() {
		for (String preset : new String[] { "qwen2.5-0.5b", "llama-3.2-1b", "mistral-7b", "llama-3.1-70b" }) {
			Advice advice = LearningRates.choose(Scenarios.of(Task.CHAT, preset, 50_000), Method.FULL, 128, 1000, null);
			assertThat((Double) advice.value()).as(preset).isEqualTo(1.4e-5);
			assertThat(advice.rationale()).as(preset)
				.contains("within a factor of 3 of the most published full fine-tunes", "at any size",
						"beat the median on every collection where any rule did");
		}
	}

	@Test
	void adaptersAre2e4AtEveryWidth() {
		assertThat(rate(Scenarios.of(Task.CHAT, "llama-3.1-8b", 50_000), Method.LORA, 16, 1000)).isEqualTo(2e-4);
		assertThat(rate(Scenarios.of(Task.CHAT, "llama-3.1-70b", 50_000), Method.QLORA, 16, 1000)).isEqualTo(2e-4);
		assertThat(rate(Scenarios.of(Task.CHAT, "llama-3.2-1b", 50_000), Method.LORA, 16, 1000)).isEqualTo(2e-4);
	}

	@Test
	void aRuleWithExponentsScalesWithSizeAndWidth() {
		// the rule shipped before, a candidate of LeaveOneSourceOutTests
		LearningRates.Rule scaled = new LearningRates.Rule(2e-5, 0.5, 2e-4, 2e-4, 0.781, 5e-7, 5e-6);
		Scenario llama70 = Scenarios.of(Task.CHAT, "llama-3.1-70b", 50_000);
		assertThat((Double) LearningRates.choose(scaled, llama70, Method.FULL, 128, 1000, null).value())
			.isCloseTo(6.3e-6, within(1e-7));
		// (4096 / 8192)^0.781 = 0.582
		Advice qlora = LearningRates.choose(scaled, llama70, Method.QLORA, 16, 1000, null);
		assertThat((Double) qlora.value()).isEqualTo(1.2e-4);
		assertThat(qlora.rationale()).contains("(4096 / hidden)^0.78").doesNotContain("held out");
	}

	@Test
	void theRateStaysAtAnyBatchAndTheRationaleNamesTheSquareRootRuleForAChangedOne() {
		Scenario s = Scenarios.of(Task.CHAT, "llama-3.1-8b", 50_000);
		assertThat(rate(s, Method.LORA, 64, 1000)).isEqualTo(2e-4);
		assertThat(rate(s, Method.LORA, 4, 1000)).isEqualTo(2e-4);
		assertThat(rate(s, Method.FULL, 8, 1000)).isEqualTo(1.4e-5);
		assertThat(LearningRates.choose(s, Method.FULL, 8, 1000, null).rationale())
			.contains("stays at the effective batch of 8", "square-root rule");
		assertThat(LearningRates.choose(s, Method.FULL, 128, 1000, null).rationale()).doesNotContain("square-root");
	}

	@Test
	void shortAdapterRunsGetOneAndAHalfTimesAndHugeFullRunsHalf() {
		Scenario s = Scenarios.of(Task.CHAT, "llama-3.1-8b", 50_000);
		assertThat(rate(s, Method.LORA, 16, 99)).isEqualTo(3e-4);
		assertThat(rate(s, Method.FULL, 128, 99)).isEqualTo(1.4e-5);
		Scenario big = Scenarios.of(Task.CHAT, "llama-3.1-8b", 800_000);
		assertThat(rate(big, Method.FULL, 128, 10_000)).isEqualTo(7e-6);
	}

	@Test
	void preferenceTuningUsesTheDpoRatesAtEverySize() {
		assertThat(rate(Scenarios.of(Task.PREFERENCE, "llama-3.1-70b", 50_000), Method.FULL, 128, 1000))
			.isEqualTo(5e-7);
		assertThat(rate(Scenarios.of(Task.PREFERENCE, "llama-3.2-1b", 50_000), Method.LORA, 16, 1000)).isEqualTo(5e-6);
	}

	@Test
	void theRateStaysWithinThePracticeRangeOfItsContext() {
		// 800,000 examples halve 1.4e-5 to 7e-6, below the 1e-5 that sub-1B full
		// fine-tunes start at
		Scenario s = Scenarios.of(Task.CHAT, "qwen2.5-0.5b", 800_000);
		var practice = dev.hparamadvisor.catalogue.BundledCatalogue.get()
			.get("learning_rate")
			.practiceFor(Method.FULL, Task.CHAT, (double) s.parameters())
			.orElseThrow();
		Advice advice = LearningRates.choose(s, Method.FULL, 128, 10_000, practice);
		assertThat((Double) advice.value()).isEqualTo(1e-5);
		assertThat(advice.rationale()).contains("7e-6 would leave the range published recipes use", "lower end");
	}

	@Test
	void theRationaleNamesTheScenario() {
		Scenario s = Scenarios.of(Task.CHAT, "llama-3.1-70b", 50_000);
		assertThat(LearningRates.choose(s, Method.FULL, 32, 1000, null).rationale()).contains("70.6B parameters",
				"from 5e-6 to 4e-5", "effective batch of 32");
		assertThat(LearningRates.choose(s, Method.LORA, 16, 1000, null).rationale()).contains("hidden size 8192",
				"median of published adapter recipes", "at any width");
	}

}
