package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The peak as the largest of the step's moments.
 */
class MemoryEstimatorTests {

	final MemoryEstimator estimator = new MemoryEstimator();

	static TrainingPlan lora8b(int microBatch, boolean checkpointing) {
		return new TrainingPlan(ModelStatesTests.LLAMA_8B, Method.LORA, Precision.BF16, Optimizer.ADAMW, microBatch,
				2048, checkpointing, LoraAdapters.allLinear(16), 1);
	}

	@Test
	void loraPeaksAtTheStartOfBackwardWithEverythingSaved() {
		MemoryEstimate e = estimator.estimate(lora8b(1, false));
		assertThat(e.peakPhase()).isEqualTo(StepPhase.BACKWARD_START);
		MemoryBreakdown b = e.breakdown();
		assertThat(b.weights()).isEqualTo(16_060_522_496.0 + 167_772_160);
		assertThat(b.optimizerStates()).isEqualTo(335_544_320.0);
		assertThat(b.gradients()).isZero();
		// 32 layers · 334,400 bytes · 2048 tokens + final norm 4 · 4096 · 2048
		assertThat(b.activations()).isEqualTo(21_915_238_400.0 + 33_554_432);
		assertThat(b.logitsAndLoss()).isEqualTo(12.0 * 262_668_288);
		assertThat(b.frameworkOverhead()).isEqualTo(MemoryEstimator.FRAMEWORK_BYTES);
		assertThat(e.peakBytes()).isEqualTo(b.total());
		assertThat(e.parameters()).isEqualTo(8_072_204_288L);
		assertThat(e.trainableParameters()).isEqualTo(41_943_040L);
	}

	@Test
	void fullFineTuningOfALargeModelPeaksAtTheEndOfBackwardOrTheStep() {
		TrainingPlan plan = new TrainingPlan(ModelStatesTests.LLAMA_8B, Method.FULL, Precision.MIXED, Optimizer.ADAMW,
				1, 2048, true, null, 1);
		MemoryEstimate e = estimator.estimate(plan);
		assertThat(e.peakPhase()).isIn(StepPhase.BACKWARD_END, StepPhase.OPTIMIZER_STEP);
		// 16 bytes a parameter (ZeRO's count, fp32 weights instead of an fp16 copy)
		assertThat(e.peakBytes()).isCloseTo(16.0 * ModelStatesTests.N + MemoryEstimator.FRAMEWORK_BYTES, within(1.0));
	}

	@Test
	void checkpointingLowersThePeakAndMoreTokensRaiseIt() {
		double plain = estimator.estimate(lora8b(4, false)).peakBytes();
		double checkpointed = estimator.estimate(lora8b(4, true)).peakBytes();
		assertThat(checkpointed).isLessThan(plain / 2);
		assertThat(estimator.estimate(lora8b(8, true)).peakBytes()).isGreaterThan(checkpointed);
	}

	@Test
	void tiedEmbeddingsGetASecondGradientCopyAtTheEndOfBackward() {
		Architecture tied = new Architecture(3072, 28, 24, 8, 8192, 128256, true);
		TrainingPlan plan = new TrainingPlan(tied, Method.FULL, Precision.MIXED, Optimizer.ADAMW, 2, 2048, true, null,
				1);
		MemoryEstimate e = estimator.estimate(plan);
		assertThat(e.peakPhase()).isEqualTo(StepPhase.BACKWARD_END);
		assertThat(e.breakdown().gradients()).isEqualTo(4.0 * (tied.parameters() + tied.embeddingParameters()));
	}

	@Test
	void dataParallelAddsTheGradientBuckets() {
		TrainingPlan one = lora8b(1, true);
		TrainingPlan two = new TrainingPlan(one.architecture(), one.method(), one.precision(), one.optimizer(), 1, 2048,
				true, one.lora(), 2);
		double buckets = estimator.estimate(two).breakdown().frameworkOverhead()
				- estimator.estimate(one).breakdown().frameworkOverhead();
		assertThat(buckets).isEqualTo(4.0 * 41_943_040);
	}

	@Test
	void qloraStoresTheBaseInFourBits() {
		TrainingPlan lora = lora8b(1, true);
		TrainingPlan qlora = new TrainingPlan(lora.architecture(), Method.QLORA, Precision.BF16, Optimizer.ADAMW, 1,
				2048, true, lora.lora(), 1);
		assertThat(estimator.estimate(qlora).breakdown().weights())
			.isLessThan(estimator.estimate(lora).breakdown().weights() / 2);
	}

}
