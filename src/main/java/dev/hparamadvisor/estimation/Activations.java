package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;

/**
 * Tensors that autograd saves for the backward pass, in bytes, counted tensor by tensor
 * for a Hugging Face {@code LlamaDecoderLayer} with {@code sdpa} attention, the way
 * Korthikanti et al. (2022, section 4) count a GPT block. Differences from their
 * 34·s·b·h: SwiGLU instead of GELU (gate, activation and up outputs are saved), no
 * dropout, RMSNorm upcasting to fp32, grouped-query keys and values, and an attention
 * kernel that stores neither the s x s scores nor a softmax (only its output and an fp32
 * log-sum-exp per head). Autograd keeps only what a gradient that is needed uses: a
 * frozen projection keeps no input, a frozen norm weight no normalized copy.
 */
public final class Activations {

	private Activations() {
	}

	/** Bytes saved per token by one block when nothing is recomputed. */
	public static double perTokenPerLayer(TrainingPlan plan) {
		Architecture a = plan.architecture();
		double h = a.hiddenSize();
		double kv = a.keyValueSize();
		double ff = a.intermediateSize();
		boolean autocast = plan.precision() == Precision.MIXED;
		// each RMSNorm keeps its input upcast to fp32 (for pow and for the scaling)
		double norms = 2 * 4 * h;
		// rotary q and k, v, attention output in bf16; log-sum-exp in fp32 per head
		double attention = 2 * h + 2 * kv + 2 * kv + 2 * h + 4.0 * a.numAttentionHeads();
		// SiLU input, SiLU output and up output in bf16
		double mlp = 3 * 2 * ff;
		LoraAdapters lora = plan.lora();
		if (lora == null) {
			// norm weights keep the normalized input; projections keep theirs (o_proj's
			// is
			// the attention output, saved already). Under autocast the residual stream is
			// fp32 and each of q, k, v, gate, up casts its own bf16 copy of it.
			double normWeights = 2 * (autocast ? 4 : 2) * h;
			double projectionInputs = (autocast ? 5 * 2 : 2 * 2) * h + 2 * ff;
			return norms + attention + mlp + normWeights + projectionInputs;
		}
		// per adapter: a dropout mask (1 byte) and lora_A's input, an fp32 copy (PEFT
		// casts
		// to the adapter dtype) or, under autocast, a bf16 one; lora_B's input of r
		// values
		int copy = autocast ? 2 : 4;
		double adapters = (1 + copy) * (double) lora.sumOfIn(a) + copy * (double) lora.rank() * lora.targets().size();
		return norms + attention + mlp + adapters;
	}

	/** Bytes a checkpointed block keeps per token: its input, the residual stream. */
	public static double checkpointPerTokenPerLayer(TrainingPlan plan) {
		return streamBytes(plan) * plan.architecture().hiddenSize();
	}

	/**
	 * Bytes per token of the residual stream's elements: fp32 under full-model autocast.
	 */
	static int streamBytes(TrainingPlan plan) {
		return (plan.method() == Method.FULL && plan.precision() == Precision.MIXED) ? 4 : 2;
	}

	/** The final RMSNorm and the LM head's input, per token. */
	public static double finalNormPerToken(TrainingPlan plan) {
		double h = plan.architecture().hiddenSize();
		if (plan.method() != Method.FULL) {
			return 4 * h;
		}
		return (plan.precision() == Precision.MIXED) ? (4 + 4 + 2) * h : (4 + 2 + 2) * h;
	}

	/**
	 * bf16 copies of fp32 weights that autocast makes in the forward pass and the matmuls
	 * save for backward: all projections and the LM head in full mixed precision, the
	 * adapters under LoRA with autocast.
	 */
	public static double autocastWeightCopies(TrainingPlan plan) {
		if (plan.precision() != Precision.MIXED) {
			return 0;
		}
		Architecture a = plan.architecture();
		if (plan.method() == Method.FULL) {
			return 2 * ((double) a.numLayers() * a.linearParametersPerLayer() + a.embeddingParameters());
		}
		return 2.0 * plan.trainableParameters();
	}

	/** The autocast copies of one block's weights, remade when it is recomputed. */
	static double autocastWeightCopiesPerLayer(TrainingPlan plan) {
		if (plan.precision() != Precision.MIXED) {
			return 0;
		}
		Architecture a = plan.architecture();
		return (plan.method() == Method.FULL) ? 2.0 * a.linearParametersPerLayer()
				: 2.0 * plan.trainableParameters() / a.numLayers();
	}

}
