package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;

/**
 * The memory of model states: weights, gradients and optimizer states, in bytes per GPU
 * for a data-parallel replica (no ZeRO or FSDP sharding).
 * <p>
 * Full fine-tuning in mixed precision keeps fp32 weights, fp32 gradients and fp32 AdamW
 * moments, 4 + 4 + 8 = 16 bytes a parameter: ZeRO's count (Rajbhandari et al. 2020,
 * section 3.1) without its fp16 copy, which autocast makes per step instead (counted with
 * the activations). Pure bf16 halves each. LoRA keeps the base frozen in bf16 and the
 * adapters in fp32 (PEFT's default), with fp32 gradients and moments for the adapters
 * only. QLoRA stores the block projections in NF4 with double quantization, 4 + 0.127
 * bits a parameter (Dettmers et al. 2023, section 3), and the other parameters in fp32,
 * which is what PEFT's {@code prepare_model_for_kbit_training} casts them to.
 */
public final class ModelStates {

	/** NF4 with double-quantized constants: (4 + 0.127) / 8 bytes a parameter. */
	static final double NF4_BYTES = (4 + 0.127) / 8;

	/** Block size of bitsandbytes' block-wise 8-bit states (Dettmers et al. 2022). */
	static final int EIGHT_BIT_BLOCK = 2048;

	private ModelStates() {
	}

	/** Bytes of each trainable parameter's stored value and of its gradient. */
	public static int trainableBytes(TrainingPlan plan) {
		return (plan.method() == Method.FULL && plan.precision() == Precision.BF16) ? 2 : 4;
	}

	/** All weights: the (frozen) base and the trainable parameters. */
	public static double weightBytes(TrainingPlan plan) {
		Architecture a = plan.architecture();
		double n = a.parameters();
		double adapters = 4.0 * plan.trainableParameters();
		return switch (plan.method()) {
			case FULL -> trainableBytes(plan) * n;
			case LORA -> 2 * n + adapters;
			case QLORA -> {
				double quantized = (double) a.numLayers() * a.linearParametersPerLayer();
				yield NF4_BYTES * quantized + 4 * (n - quantized) + adapters;
			}
		};
	}

	/** Gradients of the trainable parameters, in their dtype. */
	public static double gradientBytes(TrainingPlan plan) {
		return (double) trainableBytes(plan) * plan.trainableParameters();
	}

	/** Gradient of the embedding matrix (or LM head) alone, which appears first. */
	static double headGradientBytes(TrainingPlan plan) {
		return plan.method() == Method.FULL ? trainableBytes(plan) * (double) plan.architecture().embeddingParameters()
				: 0;
	}

	/** Gradients of one block. */
	static double layerGradientBytes(TrainingPlan plan) {
		Architecture a = plan.architecture();
		return plan.method() == Method.FULL ? trainableBytes(plan) * (double) a.parametersPerLayer()
				: gradientBytes(plan) / a.numLayers();
	}

	/**
	 * Optimizer states: AdamW two moments in the parameter's dtype (8 bytes in fp32);
	 * 8-bit AdamW one byte each plus an fp32 scale per block; SGD one momentum buffer;
	 * Adafactor (no first moment) a row and a column vector per matrix, full size for
	 * vectors (Shazeer and Stern 2018).
	 */
	public static double optimizerStateBytes(TrainingPlan plan) {
		double trainable = plan.trainableParameters();
		int bytes = trainableBytes(plan);
		return switch (plan.optimizer()) {
			case ADAMW -> 2.0 * bytes * trainable;
			case ADAMW_8BIT -> (2 + 2.0 * 4 / EIGHT_BIT_BLOCK) * trainable;
			case SGD -> (double) bytes * trainable;
			case ADAFACTOR -> (double) bytes * factoredElements(plan);
		};
	}

	/**
	 * Temporaries while the optimizer steps. Fused AdamW, 8-bit AdamW and SGD update in
	 * place; the Hugging Face Adafactor builds fp32 copies of one parameter, its gradient
	 * and the update at a time, so three fp32 copies of the largest matrix.
	 */
	public static double optimizerStepTransientBytes(TrainingPlan plan) {
		if (plan.optimizer() != Optimizer.ADAFACTOR) {
			return 0;
		}
		Architecture a = plan.architecture();
		LoraAdapters lora = plan.lora();
		double largest = (lora == null)
				? Math.max(a.embeddingParameters(), (double) a.hiddenSize() * a.intermediateSize())
				: (double) lora.rank() * Math.max(a.hiddenSize(), a.intermediateSize());
		return 3 * 4 * largest;
	}

	private static double factoredElements(TrainingPlan plan) {
		Architecture a = plan.architecture();
		LoraAdapters lora = plan.lora();
		if (lora != null) {
			return (double) a.numLayers() * (lora.sumOfInAndOut(a) + 2.0 * lora.rank() * lora.targets().size());
		}
		double matrices = (double) a.numLayers() * LoraAdapters.allLinear(1).sumOfInAndOut(a)
				+ (a.tieWordEmbeddings() ? 1 : 2) * ((double) a.vocabSize() + a.hiddenSize());
		double vectors = (double) a.parameters() - (double) a.numLayers() * a.linearParametersPerLayer()
				- a.embeddingParameters() * (a.tieWordEmbeddings() ? 1.0 : 2.0);
		return matrices + vectors;
	}

}
