package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.hparamadvisor.estimation.Activations;
import dev.hparamadvisor.estimation.FitCheck;
import dev.hparamadvisor.estimation.Gpu;
import dev.hparamadvisor.estimation.Gpus;
import dev.hparamadvisor.estimation.Logits;
import dev.hparamadvisor.estimation.MemoryBreakdown;
import dev.hparamadvisor.estimation.MemoryEstimate;
import dev.hparamadvisor.estimation.MemoryEstimator;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.estimation.ModelStates;
import dev.hparamadvisor.estimation.Optimizer;
import dev.hparamadvisor.estimation.TrainingPlan;
import dev.hparamadvisor.recommendation.MemoryFit.Candidate;

/**
 * What would make an infeasible plan fit, each checked at one example per micro-batch
 * with gradient checkpointing: a lighter method, a shorter sequence, a larger GPU from
 * the presets (all by the estimator), and sharding over more GPUs (an approximation: the
 * estimator models data-parallel replicas only).
 */
final class Alternatives {

	private static final double GIB = MemoryEstimate.GIB;

	private final MemoryFit fit;

	private final FitCheck fitCheck = new FitCheck();

	Alternatives(MemoryFit fit) {
		this.fit = fit;
	}

	List<Alternative> offer(Scenario s, MethodSelection.Selection selection, int sequence, LoraSettings lora) {
		List<Alternative> alternatives = new ArrayList<>();
		Method current = selection.method();
		for (Method lighter : List.of(Method.LORA, Method.QLORA)) {
			if (lighter.ordinal() > current.ordinal()) {
				Candidate c = smallest(s, lighter, sequence, lora);
				String name = MethodSelection.name(lighter);
				alternatives.add(of("use " + name + " instead", s, c, sequence, "estimator", null));
				if (!c.fits()) {
					larger(s, c, sequence, "use " + name + " on a GPU with more memory: ").ifPresent(alternatives::add);
				}
			}
		}
		shorter(s, current, selection.optimizer(), sequence, lora).ifPresent(alternatives::add);
		Candidate closest = selection.closest();
		larger(s, closest, sequence, "a GPU with more memory: ").ifPresent(alternatives::add);
		sharded(s, closest, sequence).ifPresent(alternatives::add);
		return alternatives;
	}

	/** The preset GPU with the least memory that the plan fits, by the estimator. */
	private static Optional<Alternative> larger(Scenario s, Candidate c, int sequence, String change) {
		double required = c.requiredWithMarginGib();
		return Gpus.builtIn()
			.all()
			.stream()
			.filter((g) -> g.usableGib() >= required)
			.min(Comparator.comparingDouble(Gpu::usableGib))
			.map((g) -> new Alternative(change + g.name(), id(c), sequence, g.name(), s.gpuCount(),
					round(c.estimate().peakGib()), round(required), true, "estimator", null));
	}

	private static String id(Candidate c) {
		return c.plan().method().name().toLowerCase(Locale.ROOT);
	}

	private Candidate smallest(Scenario s, Method method, int sequence, LoraSettings lora) {
		TrainingPlan plan = MethodSelection.base(s, method, Optimizer.ADAMW, sequence, lora)
			.withGradientCheckpointing(true);
		return this.fit.evaluate(s, plan);
	}

	private Optional<Alternative> shorter(Scenario s, Method method, Optimizer optimizer, int sequence,
			LoraSettings lora) {
		TrainingPlan plan = MethodSelection.base(s, method, optimizer, sequence, lora).withGradientCheckpointing(true);
		int lo = 1;
		int hi = (sequence - 1) / 64;
		Candidate best = null;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			Candidate c = this.fit.evaluate(s, plan.withSequenceLength(mid * 64));
			if (c.fits()) {
				best = c;
				lo = mid + 1;
			}
			else {
				hi = mid - 1;
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		int length = best.plan().sequenceLength();
		String note = (length < s.avgTokens()) ? "shorter than the average example: most examples would be truncated"
				: "examples longer than " + length + " tokens would be truncated";
		return Optional.of(of("a shorter sequence: " + length + " tokens", s, best, length, "estimator", note));
	}

	/**
	 * Fully sharded data parallelism (FSDP, ZeRO stage 3) divides weights, gradients and
	 * optimizer states by the GPU count; checkpoints, one recomputed block, the logits
	 * and the framework's buffers stay per GPU. An approximation from the estimator's
	 * terms, which model unsharded replicas only.
	 */
	private Optional<Alternative> sharded(Scenario s, Candidate closest, int sequence) {
		TrainingPlan p = closest.plan();
		double reference = closest.estimate().breakdown().weights() - ModelStates.weightBytes(p);
		double tokens = p.tokensPerMicroBatch();
		double activations = (p.architecture().numLayers() * Activations.checkpointPerTokenPerLayer(p)
				+ Activations.perTokenPerLayer(p) + Activations.finalNormPerToken(p)) * tokens;
		double logits = Logits.backwardBytes(p);
		for (int gpus = 2; gpus <= Scenario.MAX_GPUS; gpus *= 2) {
			MemoryBreakdown perGpu = new MemoryBreakdown((ModelStates.weightBytes(p) + reference) / gpus,
					ModelStates.gradientBytes(p) / gpus, ModelStates.optimizerStateBytes(p) / gpus, activations, logits,
					MemoryEstimator.FRAMEWORK_BYTES);
			double peak = perGpu.total();
			double required = this.fitCheck.requiredWithMarginGib(peak, perGpu, p.method().usesAdapters());
			if (gpus > s.gpuCount() && required <= s.gpuMemoryGib()) {
				return Optional.of(new Alternative(
						"shard over " + gpus + " GPUs of " + Text.gib(s.gpuMemoryGib())
								+ " GiB with FSDP or DeepSpeed ZeRO-3",
						p.method().name().toLowerCase(Locale.ROOT), sequence, s.hardware(), gpus, round(peak / GIB),
						round(required), true, "approximation",
						"weights, gradients and optimizer states divided by the GPU count (ZeRO stage 3), "
								+ "checkpointed activations and logits per GPU; the estimator itself models "
								+ "unsharded data-parallel replicas"));
			}
		}
		return Optional.empty();
	}

	private static Alternative of(String change, Scenario s, Candidate c, int sequence, String by,
			@org.jspecify.annotations.Nullable String note) {
		return new Alternative(change, id(c), sequence, s.hardware(), s.gpuCount(), round(c.estimate().peakGib()),
				round(c.requiredWithMarginGib()), c.fits(), by, note);
	}

	static double round(double gib) {
		return Math.round(gib * 100) / 100.0;
	}

}
