package dev.hparamadvisor.estimation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.hparamadvisor.catalogue.Method;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every row of the team's H200 measurements through the estimators: the accuracy
 * bounds of issue 4, and that a plan said to fit has room for what the allocator actually
 * reserved.
 */
class EstimationAccuracyTests {

	/** CUDA context and libraries, outside PyTorch's counters: an allowance, GiB. */
	static final double CUDA_CONTEXT_GIB = 0.5;

	static List<MeasuredRun> runs;

	final MemoryEstimator memory = new MemoryEstimator();

	final ThroughputEstimator throughput = new ThroughputEstimator();

	final FitCheck fitCheck = new FitCheck();

	final Gpu h200 = Gpus.builtIn().find("h200").orElseThrow();

	@BeforeAll
	static void readMeasurements() {
		Path file = MeasuredRun.sharedFile();
		assumeTrue(Files.isReadable(file), () -> "skipped: no measurements at " + file.toAbsolutePath()
				+ " (the team's shared/data); EstimationSampleTests runs the bundled rows");
		runs = MeasuredRun.read(file);
	}

	@Test
	void architectureFieldsGiveTheMeasuredParameterCounts() {
		assertThat(runs).hasSize(21);
		for (MeasuredRun run : runs) {
			TrainingPlan plan = run.plan();
			assertThat(memory.estimate(plan).parameters()).as(run.label()).isEqualTo(run.params());
			assertThat(plan.trainableParameters()).as(run.label()).isEqualTo(run.trainableParams());
		}
	}

	@Test
	void peakMemoryIsWithinTenPercentAtTheMedianAndTwentyFiveAtWorst() {
		double[] errors = runs.stream()
			.mapToDouble((run) -> relativeError(memory.estimate(run.plan()).peakGib(), run.peakAllocatedGib()))
			.toArray();
		assertThat(median(errors)).isLessThanOrEqualTo(0.10);
		assertThat(max(errors)).isLessThanOrEqualTo(0.25);
		// what the model achieves today, so that a change that loses accuracy shows
		assertThat(max(errors)).isLessThanOrEqualTo(0.03);
	}

	@Test
	void requiredMemoryCoversWhatTheAllocatorReserved() {
		for (MeasuredRun run : runs) {
			MemoryEstimate estimate = memory.estimate(run.plan());
			assertThat(fitCheck.requiredWithMarginGib(estimate)).as(run.label())
				.isGreaterThanOrEqualTo(run.peakReservedGib() + CUDA_CONTEXT_GIB);
		}
	}

	@Test
	void theReserveStaysCloseToWhatTheAllocatorReserved() {
		// the margin must not refuse what runs: at most 3 GiB more than reserved plus the
		// CUDA allowance at the median, 8 at worst (the previous rule, 40% of everything
		// freed within a step, asked for up to 22 GiB more)
		double[] excess = runs.stream()
			.mapToDouble((run) -> fitCheck.requiredWithMarginGib(memory.estimate(run.plan()))
					- (run.peakReservedGib() + CUDA_CONTEXT_GIB))
			.toArray();
		assertThat(median(excess)).isLessThanOrEqualTo(3.0);
		assertThat(max(excess)).isLessThanOrEqualTo(8.0);
	}

	@Test
	void aHeldOutH100RunThatRanIsSaidToFit() {
		// the held-out run of issue 13: Llama 3 8B, LoRA r16 on all linear layers,
		// micro-batch
		// 2
		// of 2,048 tokens, no checkpointing, bf16; it reserved 63.9 GiB of 79.2
		TrainingPlan plan = new TrainingPlan(ModelPresets.builtIn().find("llama-3.1-8b").orElseThrow().architecture(),
				Method.LORA, Precision.BF16, Optimizer.ADAMW, 2, 2048, false, LoraAdapters.allLinear(16), 1);
		Fit fit = fitCheck.check(memory.estimate(plan), 79.2);
		assertThat(fit.requiredWithMarginGib()).isGreaterThanOrEqualTo(63.9 + CUDA_CONTEXT_GIB);
		assertThat(fit.fits()).isTrue();
	}

	@Test
	void everyMeasuredRunIsSaidToFitTheH200ItRanOn() {
		for (MeasuredRun run : runs) {
			assertThat(fitCheck.check(memory.estimate(run.plan()), h200.usableGib()).fits()).as(run.label()).isTrue();
		}
	}

	@Test
	void throughputIsWithinTenPercentAtTheMedianAndTwentyFiveAtWorst() {
		double[] errors = runs.stream()
			.mapToDouble((run) -> relativeError(throughput.estimate(run.plan(), h200).orElseThrow().tokensPerSecond(),
					run.tokensPerSecond()))
			.toArray();
		assertThat(median(errors)).isLessThanOrEqualTo(0.10);
		assertThat(max(errors)).isLessThanOrEqualTo(0.25);
	}

	static double relativeError(double estimate, double measured) {
		return Math.abs(estimate - measured) / measured;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	static double max(double[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

}
