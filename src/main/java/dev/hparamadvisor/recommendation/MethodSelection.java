package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.estimation.Optimizer;
import dev.hparamadvisor.estimation.Precision;
import dev.hparamadvisor.estimation.TrainingPlan;
import dev.hparamadvisor.recommendation.MemoryFit.Candidate;
import org.jspecify.annotations.Nullable;

/**
 * Picks the method and sizes it: the method asked for, or under {@code auto} full
 * fine-tuning when it fits with room to spare and the data outgrow rank-r adapters, else
 * LoRA, else QLoRA (the speed priority starts at LoRA, which skips the frozen base's
 * weight gradients). A full fine-tune that does not fit with AdamW tries 8-bit AdamW.
 */
final class MethodSelection {

	/**
	 * Under auto, full fine-tuning's smallest plan (one example, checkpointing) must need
	 * at most this share of the GPU (judgement: room for longer batches and the
	 * evaluation pass, which the estimator does not count).
	 */
	static final double COMFORT = 0.90;

	/**
	 * The method and its plan.
	 *
	 * @param method the method
	 * @param optimizer AdamW, or 8-bit AdamW for a full fine-tune that needs it
	 * @param target the batch aimed at
	 * @param chosen the plan that fits, if any
	 * @param closest the smallest plan (one example, checkpointing), to report when none
	 * fits
	 * @param why the choice in words
	 * @param tried what was tried, in order
	 */
	record Selection(Method method, Optimizer optimizer, BatchSizing.Target target, @Nullable Candidate chosen,
			Candidate closest, String why, List<String> tried) {

		boolean feasible() {
			return this.chosen != null;
		}

	}

	private final MemoryFit fit;

	MethodSelection(MemoryFit fit) {
		this.fit = fit;
	}

	Selection select(Scenario s, int sequence, double epochs, LoraSettings lora) {
		List<Method> order = switch (s.method()) {
			case FULL -> List.of(Method.FULL);
			case LORA -> List.of(Method.LORA);
			case QLORA -> List.of(Method.QLORA);
			case AUTO -> (s.priority() == Priority.SPEED) ? List.of(Method.LORA, Method.QLORA)
					: List.of(Method.FULL, Method.LORA, Method.QLORA);
		};
		boolean auto = s.method() == MethodChoice.AUTO;
		List<String> tried = new ArrayList<>();
		if (auto && s.priority() == Priority.SPEED) {
			tried.add("full: not considered for the speed priority, since LoRA's frozen base skips the weight "
					+ "gradients, a third of the matmul work");
		}
		long capacity = lora.adapters().trainableParameters(s.architecture());
		Selection last = null;
		for (Method method : order) {
			BatchSizing.Target target = BatchSizing.target(s, method, epochs);
			if (auto && method == Method.FULL && s.tokensPerEpoch() <= capacity) {
				tried.add("full: not needed, " + Text.count(s.tokensPerEpoch()) + " tokens per epoch are within the "
						+ "capacity of rank-" + lora.rank() + " adapters (" + Text.parameters(capacity)
						+ " trainable parameters), where LoRA matches full fine-tuning");
				continue;
			}
			List<Optimizer> optimizers = (method == Method.FULL && !auto)
					? List.of(Optimizer.ADAMW, Optimizer.ADAMW_8BIT) : List.of(Optimizer.ADAMW);
			for (Optimizer optimizer : optimizers) {
				TrainingPlan base = base(s, method, optimizer, sequence, lora);
				Optional<Candidate> found = this.fit.search(s, base, target.maxMicro());
				Candidate closest = this.fit.evaluate(s, base.withGradientCheckpointing(true));
				boolean comfortable = found.isPresent() && (!auto || method != Method.FULL
						|| closest.requiredWithMarginGib() <= COMFORT * s.gpuMemoryGib());
				String name = name(method) + ((optimizer == Optimizer.ADAMW_8BIT) ? " with 8-bit AdamW" : "");
				if (comfortable) {
					tried.add(name + ": fits");
					return new Selection(method, optimizer, target, found.get(), closest,
							why(s, method, optimizer, auto, tried), List.copyOf(tried));
				}
				tried.add(found.isPresent()
						? name + ": fits, but its smallest plan needs " + Text.gib(closest.requiredWithMarginGib())
								+ " GiB, more than " + Text.percent(COMFORT) + " of the " + Text.gib(s.gpuMemoryGib())
								+ " GiB: too little room for auto to choose it"
						: name + ": does not fit, needing " + Text.gib(closest.requiredWithMarginGib())
								+ " GiB per GPU even at one example with checkpointing, of "
								+ Text.gib(s.gpuMemoryGib()) + " GiB");
				if (last == null || last.method() != method) {
					last = new Selection(method, optimizer, target, null, closest, "", List.of());
				}
			}
		}
		Selection none = (last != null) ? last : fallback(s, sequence, epochs, lora);
		String reason = name(none.method()) + " of " + s.model() + " at " + sequence + " tokens needs "
				+ Text.gib(none.closest().requiredWithMarginGib())
				+ " GiB per GPU even with one example per micro-batch and gradient checkpointing (estimated peak "
				+ Text.gib(none.closest().estimate().peakGib()) + " GiB plus the allocator's and CUDA's margins), "
				+ "more than the " + Text.gib(s.gpuMemoryGib()) + " GiB of " + s.hardware() + ".";
		return new Selection(none.method(), none.optimizer(), none.target(), null, none.closest(), reason,
				List.copyOf(tried));
	}

	private Selection fallback(Scenario s, int sequence, double epochs, LoraSettings lora) {
		TrainingPlan base = base(s, Method.QLORA, Optimizer.ADAMW, sequence, lora);
		return new Selection(Method.QLORA, Optimizer.ADAMW, BatchSizing.target(s, Method.QLORA, epochs), null,
				this.fit.evaluate(s, base.withGradientCheckpointing(true)), "", List.of());
	}

	/** One example per micro-batch, no checkpointing: the search varies both. */
	static TrainingPlan base(Scenario s, Method method, Optimizer optimizer, int sequence, LoraSettings lora) {
		Precision precision = (method == Method.FULL) ? Precision.MIXED : Precision.BF16;
		return new TrainingPlan(s.architecture(), method, precision, optimizer, MemoryFit.sequencesPerExample(s),
				sequence, false, lora.adapters(), s.gpuCount());
	}

	private static String why(Scenario s, Method method, Optimizer optimizer, boolean auto, List<String> tried) {
		String fits = name(method) + " fits " + s.hardware()
				+ ((optimizer == Optimizer.ADAMW_8BIT) ? " once AdamW keeps its states in 8 bits" : "");
		if (!auto) {
			return "You asked for " + name(method) + "; " + fits + ".";
		}
		return "Auto: " + String.join("; ", tried) + ". So " + name(method)
				+ (method == Method.FULL ? ": it fits with room to spare and the data are large enough to use it."
						: method == Method.LORA
								? ", which trains nearly as well at a fraction of full fine-tuning's " + "memory."
								: ", the 4-bit base being what makes it fit.");
	}

	static String name(Method method) {
		return switch (method) {
			case FULL -> "full fine-tuning";
			case LORA -> "LoRA";
			case QLORA -> "QLoRA";
		};
	}

}
