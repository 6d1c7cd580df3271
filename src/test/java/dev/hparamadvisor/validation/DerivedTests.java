package dev.hparamadvisor.validation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DerivedTests {

	private static Derived derived(Map<String, ?> values, RunContext run) {
		return of(values, run).derived();
	}

	@Test
	void theEffectiveBatchIsMicroBatchTimesAccumulationTimesDevices() {
		Derived alpaca = derived(Map.of("batch_size", 4, "gradient_accumulation_steps", 8),
				RunContext.unknown().devices(4));
		assertThat(alpaca.effectiveBatchSize()).isEqualTo(128L);
	}

	@Test
	void stepsPerEpochAreCountedAsHuggingFaceCountsThem() {
		// 1,000 examples over 2 devices in micro-batches of 3: ceil(1000 / 6) = 167
		// batches, and 167 / 4 accumulation steps = 41 optimizer steps (rounded down)
		Derived run = derived(Map.of("batch_size", 3, "gradient_accumulation_steps", 4, "num_epochs", 2.5),
				RunContext.unknown().examples(1000).devices(2));
		assertThat(run.effectiveBatchSize()).isEqualTo(24L);
		assertThat(run.stepsPerEpoch()).isEqualTo(41L);
		assertThat(run.totalSteps()).isEqualTo(103L);
	}

	@Test
	void anEpochIsAtLeastOneStep() {
		Derived tiny = derived(Map.of("batch_size", 8, "gradient_accumulation_steps", 4),
				RunContext.unknown().examples(10));
		assertThat(tiny.stepsPerEpoch()).isEqualTo(1L);
	}

	@Test
	void maxStepsWinsOverEpochs() {
		Derived run = derived(
				Map.of("batch_size", 3, "gradient_accumulation_steps", 4, "num_epochs", 3, "max_steps", 500),
				RunContext.unknown().examples(1000).devices(2));
		assertThat(run.totalSteps()).isEqualTo(500L);
		assertThat(run.impliedEpochs()).isCloseTo(12.0, within(1e-9));
	}

	@Test
	void maxStepsOfMinusOneLeavesItToEpochs() {
		Derived run = derived(Map.of("batch_size", 10, "num_epochs", 3, "max_steps", -1),
				RunContext.unknown().examples(1000));
		assertThat(run.totalSteps()).isEqualTo(300L);
		assertThat(run.impliedEpochs()).isNull();
	}

	@Test
	void warmupFromARatioIsRoundedUp() {
		Derived run = derived(
				Map.of("batch_size", 3, "gradient_accumulation_steps", 4, "num_epochs", 2.5, "warmup_ratio", 0.03),
				RunContext.unknown().examples(1000).devices(2));
		assertThat(run.warmupSteps()).isEqualTo(4L);
		assertThat(run.warmupFraction()).isCloseTo(4.0 / 103, within(1e-12));
	}

	@Test
	void warmupStepsBelowOneAreARatioAndAboveOneAreTruncated() {
		assertThat(derived(Map.of("warmup_steps", 0.1, "max_steps", 103), RunContext.unknown()).warmupSteps())
			.isEqualTo(11L);
		assertThat(derived(Map.of("warmup_steps", 1.5, "max_steps", 103), RunContext.unknown()).warmupSteps())
			.isEqualTo(1L);
		assertThat(derived(Map.of("warmup_steps", 100, "warmup_ratio", 0.5, "max_steps", 1000), RunContext.unknown())
			.warmupSteps()).isEqualTo(100L);
	}

	@Test
	void aTotalBatchSizeStandsInForTheMissingAccumulation() {
		Derived run = derived(Map.of("total_batch_size", 128, "batch_size", 4), RunContext.unknown().devices(4));
		assertThat(run.effectiveBatchSize()).isEqualTo(128L);
		Derived alone = derived(Map.of("total_batch_size", 64), RunContext.unknown().examples(6400));
		assertThat(alone.effectiveBatchSize()).isEqualTo(64L);
		assertThat(alone.stepsPerEpoch()).isEqualTo(100L);
	}

	@Test
	void whatCannotBeWorkedOutIsAbsent() {
		Derived nothing = derived(Map.of("num_epochs", 3, "warmup_ratio", 0.03), RunContext.unknown());
		assertThat(nothing.effectiveBatchSize()).isNull();
		assertThat(nothing.stepsPerEpoch()).isNull();
		assertThat(nothing.totalSteps()).isNull();
		assertThat(nothing.warmupSteps()).isNull();
		Derived unreadBatch = derived(Map.of("batch_size", "auto", "max_steps", 100), RunContext.unknown());
		assertThat(unreadBatch.effectiveBatchSize()).isNull();
		assertThat(unreadBatch.totalSteps()).isEqualTo(100L);
	}

	@Test
	void productsTooLargeForALongAreAbsent() {
		Derived huge = derived(Map.of("batch_size", 1.0e14, "gradient_accumulation_steps", 1.0e14, "num_epochs", 1),
				RunContext.unknown().examples(1000).devices(1000));
		assertThat(huge.effectiveBatchSize()).isNull();
		assertThat(huge.stepsPerEpoch()).isNull();
		assertThat(huge.totalSteps()).isNull();
	}

}
