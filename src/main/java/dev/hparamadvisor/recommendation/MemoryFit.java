package dev.hparamadvisor.recommendation;

import java.util.Optional;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.FitCheck;
import dev.hparamadvisor.estimation.Gpu;
import dev.hparamadvisor.estimation.MemoryBreakdown;
import dev.hparamadvisor.estimation.MemoryEstimate;
import dev.hparamadvisor.estimation.MemoryEstimator;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.estimation.Throughput;
import dev.hparamadvisor.estimation.ThroughputEstimator;
import dev.hparamadvisor.estimation.TrainingPlan;
import org.jspecify.annotations.Nullable;

/**
 * The memory-fit search: for checkpointing off and on, the largest power-of-two
 * micro-batch up to the cap that the estimator's {@link FitCheck} accepts (the cap, then
 * a binary search below it: at most four estimates each), then the faster of the two by
 * the throughput estimator (without a timed GPU, the larger micro-batch). Micro-batch and
 * checkpointing change speed, not what is learned, so every priority takes the fastest
 * plan that fits. Preference pairs count as two sequences per example; a full fine-tune's
 * frozen reference model adds two bytes a parameter to the weights.
 */
final class MemoryFit {

	/**
	 * One plan the search considered.
	 *
	 * @param plan the plan, its micro-batch counted in sequences
	 * @param estimate the estimator's peak, with a reference model when there is one
	 * @param requiredWithMarginGib what a GPU needs for it, the fit check's margins
	 * included
	 * @param fits whether that is within the scenario's GPU memory
	 * @param speed the throughput on the timed GPU, when known
	 */
	record Candidate(TrainingPlan plan, MemoryEstimate estimate, double requiredWithMarginGib, boolean fits,
			@Nullable Throughput speed) {

		/** Examples per micro-batch: sequences, halved for preference pairs. */
		int microExamples(Scenario s) {
			return Math.max(1, this.plan.microBatchSize() / sequencesPerExample(s));
		}

	}

	private final MemoryEstimator memory = new MemoryEstimator();

	private final FitCheck fitCheck = new FitCheck();

	private final ThroughputEstimator throughput = new ThroughputEstimator();

	static int sequencesPerExample(Scenario s) {
		return (s.task() == Task.PREFERENCE) ? 2 : 1;
	}

	/** The fastest plan that fits, micro-batches of at most {@code maxMicro} examples. */
	Optional<Candidate> search(Scenario s, TrainingPlan base, int maxMicro) {
		Candidate off = largest(s, base.withGradientCheckpointing(false), maxMicro);
		Candidate on = largest(s, base.withGradientCheckpointing(true), maxMicro);
		if (off == null || on == null) {
			return Optional.ofNullable((off != null) ? off : on);
		}
		if (off.speed() != null && on.speed() != null) {
			return Optional.of((on.speed().tokensPerSecond() > off.speed().tokensPerSecond()) ? on : off);
		}
		return Optional.of((on.plan().microBatchSize() > off.plan().microBatchSize()) ? on : off);
	}

	/**
	 * The largest power-of-two micro-batch that fits, timed. Memory grows with the
	 * micro-batch, so the cap is tried first (it often fits), then a binary search below
	 * it.
	 */
	private @Nullable Candidate largest(Scenario s, TrainingPlan plan, int maxMicro) {
		int lo = 0;
		int hi = Integer.numberOfTrailingZeros(Integer.highestOneBit(Math.max(1, maxMicro)));
		Candidate best = evaluate(s, withMicro(s, plan, hi));
		if (!best.fits()) {
			best = null;
			hi--;
			while (lo <= hi) {
				int mid = (lo + hi) >>> 1;
				Candidate c = evaluate(s, withMicro(s, plan, mid));
				if (c.fits()) {
					best = c;
					lo = mid + 1;
				}
				else {
					hi = mid - 1;
				}
			}
		}
		return (best != null) ? timed(s, best) : null;
	}

	/** The plan at 2^{@code power} examples per micro-batch, counted in sequences. */
	private static TrainingPlan withMicro(Scenario s, TrainingPlan plan, int power) {
		return plan.withMicroBatchSize(Math.min(TrainingPlan.MAX_MICRO_BATCH, (1 << power) * sequencesPerExample(s)));
	}

	/** The candidate with its throughput on the timed GPU, when there is one. */
	private Candidate timed(Scenario s, Candidate c) {
		Gpu gpu = s.gpu();
		Throughput speed = (gpu != null) ? this.throughput.estimate(c.plan(), gpu).orElse(null) : null;
		return new Candidate(c.plan(), c.estimate(), c.requiredWithMarginGib(), c.fits(), speed);
	}

	/**
	 * The estimate and fit of a plan on the scenario's GPU, untimed. The fit is decided
	 * as {@link FitCheck#check} decides it, without writing the margin in words, which
	 * only the chosen plan shows.
	 */
	Candidate evaluate(Scenario s, TrainingPlan plan) {
		MemoryEstimate estimate = withReference(s, plan, this.memory.estimate(plan));
		double required = this.fitCheck.requiredWithMarginGib(estimate);
		return new Candidate(plan, estimate, required, this.fitCheck.fits(required, s.gpuMemoryGib()), null);
	}

	/** Required memory with the fit check's margins. */
	double required(MemoryEstimate estimate) {
		return this.fitCheck.requiredWithMarginGib(estimate);
	}

	private static MemoryEstimate withReference(Scenario s, TrainingPlan plan, MemoryEstimate estimate) {
		if (s.task() != Task.PREFERENCE || plan.method() != Method.FULL) {
			return estimate;
		}
		double reference = 2.0 * plan.architecture().parameters();
		MemoryBreakdown b = estimate.breakdown();
		MemoryBreakdown withReference = new MemoryBreakdown(b.weights() + reference, b.gradients(), b.optimizerStates(),
				b.activations(), b.logitsAndLoss(), b.frameworkOverhead());
		return new MemoryEstimate(estimate.peakBytes() + reference, withReference, estimate.peakPhase(),
				estimate.parameters(), estimate.trainableParameters(), estimate.method());
	}

}
