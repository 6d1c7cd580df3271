package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThroughputEstimatorTests {

	final ThroughputEstimator estimator = new ThroughputEstimator();

	static TrainingPlan full8b(boolean checkpointing) {
		return new TrainingPlan(ModelStatesTests.LLAMA_8B, Method.FULL, Precision.BF16, Optimizer.ADAMW, 1, 2048,
				checkpointing, null, 1);
	}

	@Test
	void flopsPerTokenAreSixPerWeightPlusCausalAttention() {
		// forward: 2 · (32 · 218,103,808 + 525,336,576) + 2 · 2048 · 4096 · 32 =
		// 15,546,187,776; three passes, four with recomputation
		assertThat(ThroughputEstimator.flopsPerToken(full8b(false))).isEqualTo(3 * 15_546_187_776.0);
		assertThat(ThroughputEstimator.flopsPerToken(full8b(true))).isEqualTo(4 * 15_546_187_776.0);
	}

	@Test
	void aFasterGpuIsFasterAndAnUnknownOneGivesNothing() {
		Throughput h100 = estimator.estimate(full8b(true), Gpus.builtIn().find("h100").orElseThrow()).orElseThrow();
		Throughput a100 = estimator.estimate(full8b(true), Gpus.builtIn().find("a100").orElseThrow()).orElseThrow();
		assertThat(h100.tokensPerSecond()).isGreaterThan(a100.tokensPerSecond());
		assertThat(h100.tokensPerStep()).isEqualTo(2048);
		assertThat(h100.modelFlopsUtilization()).isBetween(0.0, 0.75);
		assertThat(h100.assumption()).contains("H100").contains("75%");
		assertThat(estimator.estimate(full8b(true), Gpus.builtIn().find("a10g").orElseThrow())).isEmpty();
	}

	@Test
	void dataParallelMultipliesTokensNotStepTime() {
		TrainingPlan one = full8b(true);
		TrainingPlan four = new TrainingPlan(one.architecture(), one.method(), one.precision(), one.optimizer(), 1,
				2048, true, null, 4);
		Gpu h100 = Gpus.builtIn().find("h100").orElseThrow();
		Throughput t1 = estimator.estimate(one, h100).orElseThrow();
		Throughput t4 = estimator.estimate(four, h100).orElseThrow();
		assertThat(t4.stepSeconds()).isEqualTo(t1.stepSeconds());
		assertThat(t4.tokensPerSecond()).isEqualTo(4 * t1.tokensPerSecond());
	}

}
