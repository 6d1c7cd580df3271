package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;

/**
 * Estimates the peak allocated GPU memory of one training step of a Hugging Face
 * Llama-style model in PyTorch, per GPU of a data-parallel run: the largest of the totals
 * at the moments of a step where memory can peak ({@link StepPhase}). Thread-safe, no
 * state, no Spring; a call is arithmetic only.
 */
public final class MemoryEstimator {

	/**
	 * Memory every step holds besides the model: cuBLAS workspaces kept in PyTorch's
	 * allocator (64 MiB, visible in the measurements as the step in {@code weights_gib}
	 * between a model's first and later runs), token ids, labels and rotary tables.
	 * Calibrated: the measured peaks of the 8B runs whose peak is the optimizer step
	 * exceed 16 and 8 bytes a parameter by 0.09 GiB.
	 */
	public static final double FRAMEWORK_BYTES = 0.09 * MemoryEstimate.GIB;

	/** The estimate for {@code plan}. */
	public MemoryEstimate estimate(TrainingPlan plan) {
		Architecture a = plan.architecture();
		double tokens = plan.tokensPerMicroBatch();
		double layers = a.numLayers();
		double weights = ModelStates.weightBytes(plan);
		double states = ModelStates.optimizerStateBytes(plan);
		double gradients = ModelStates.gradientBytes(plan);
		double headGradient = ModelStates.headGradientBytes(plan);
		double overhead = overheadBytes(plan, gradients);
		double layerActs = Activations.perTokenPerLayer(plan) * tokens;
		double finalNorm = Activations.finalNormPerToken(plan) * tokens;
		double casts = Activations.autocastWeightCopies(plan);
		double checkpoint = Activations.checkpointPerTokenPerLayer(plan) * tokens;
		boolean full = plan.method() == Method.FULL;
		boolean mixed = plan.precision() == Precision.MIXED;
		double vocabTokens = tokens * a.vocabSize();

		Peak peak = new Peak();
		double saved = plan.gradientCheckpointing() ? layers * checkpoint + finalNorm
				: layers * layerActs + finalNorm + casts;
		peak.consider(StepPhase.FORWARD_LOSS, new MemoryBreakdown(weights, 0, states,
				saved + (plan.gradientCheckpointing() ? casts : 0), Logits.forwardBytes(plan), overhead));
		peak.consider(StepPhase.BACKWARD_START,
				new MemoryBreakdown(weights, 0, states, saved, Logits.backwardBytes(plan), overhead));
		if (full) {
			// bf16 logits gradient; under autocast the bf16 weight gradient before its
			// upcast
			double head = headGradient + (mixed ? 2.0 * a.embeddingParameters() : 0);
			peak.consider(StepPhase.LM_HEAD_BACKWARD,
					new MemoryBreakdown(weights, head, states, saved, 2 * vocabTokens, overhead));
		}
		if (plan.gradientCheckpointing()) {
			// one block recomputed, its autocast copies, gradients flowing in and out
			double block = layerActs + Activations.autocastWeightCopiesPerLayer(plan)
					+ 2 * Activations.streamBytes(plan) * (double) a.hiddenSize() * tokens;
			peak.consider(StepPhase.RECOMPUTE_LAST_BLOCK,
					new MemoryBreakdown(weights, headGradient, states, layers * checkpoint + block, 0, overhead));
			double missing = ModelStates.layerGradientBytes(plan) + (a.tieWordEmbeddings() ? 0 : headGradient);
			peak.consider(StepPhase.RECOMPUTE_FIRST_BLOCK, new MemoryBreakdown(weights,
					Math.max(0, gradients - missing), states, checkpoint + block, 0, overhead));
		}
		// a tied matrix receives the embedding's gradient into the LM head's: one more
		// copy
		double tiedTransient = (full && a.tieWordEmbeddings()) ? headGradient : 0;
		peak.consider(StepPhase.BACKWARD_END,
				new MemoryBreakdown(weights, gradients + tiedTransient, states, 0, 0, overhead));
		peak.consider(StepPhase.OPTIMIZER_STEP, new MemoryBreakdown(weights, gradients,
				states + ModelStates.optimizerStepTransientBytes(plan), 0, 0, overhead));
		return new MemoryEstimate(peak.breakdown.total(), peak.breakdown, peak.phase, allParameters(plan),
				plan.trainableParameters(), plan.method());
	}

	/**
	 * Framework memory: {@link #FRAMEWORK_BYTES}; with more than one GPU, DDP's gradient
	 * buckets, a second copy of the gradients ({@code gradient_as_bucket_view=False}, the
	 * default); under QLoRA the bf16 copy of the largest projection that bitsandbytes
	 * dequantizes for each matmul.
	 */
	static double overheadBytes(TrainingPlan plan, double gradients) {
		Architecture a = plan.architecture();
		double ddp = plan.gpuCount() > 1 ? gradients : 0;
		double dequantized = (plan.method() == Method.QLORA)
				? 2.0 * a.hiddenSize() * Math.max(a.hiddenSize(), a.intermediateSize()) : 0;
		return FRAMEWORK_BYTES + ddp + dequantized;
	}

	private static long allParameters(TrainingPlan plan) {
		long base = plan.architecture().parameters();
		return plan.method().usesAdapters() ? base + plan.trainableParameters() : base;
	}

	private static final class Peak {

		private MemoryBreakdown breakdown = new MemoryBreakdown(0, 0, 0, 0, 0, 0);

		private StepPhase phase = StepPhase.OPTIMIZER_STEP;

		void consider(StepPhase candidate, MemoryBreakdown b) {
			if (b.total() > this.breakdown.total()) {
				this.breakdown = b;
				this.phase = candidate;
			}
		}

	}

}
