package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import org.jspecify.annotations.Nullable;

/**
 * One training step's setting, everything the memory and throughput models need.
 *
 * @param architecture the model's shape
 * @param method full fine-tuning, LoRA or QLoRA
 * @param precision mixed (fp32 master weights, autocast) or pure bf16
 * @param optimizer the optimizer
 * @param microBatchSize sequences per GPU per forward pass
 * @param sequenceLength tokens per sequence (after padding or packing)
 * @param gradientCheckpointing whether each block's activations are recomputed in
 * backward ({@code use_reentrant=False})
 * @param lora the adapters; required for LoRA and QLoRA, ignored for full fine-tuning
 * @param gpuCount data-parallel replicas, one per GPU
 */
public record TrainingPlan(Architecture architecture, Method method, Precision precision, Optimizer optimizer,
		int microBatchSize, int sequenceLength, boolean gradientCheckpointing, @Nullable LoraAdapters lora,
		int gpuCount) {

	/** Upper bounds that keep token counts exact in a double and far from overflow. */
	public static final int MAX_MICRO_BATCH = 65_536, MAX_SEQUENCE_LENGTH = 16_777_216, MAX_GPUS = 65_536;

	public TrainingPlan {
		requireRange("micro_batch_size", microBatchSize, MAX_MICRO_BATCH);
		requireRange("sequence_length", sequenceLength, MAX_SEQUENCE_LENGTH);
		requireRange("gpu_count", gpuCount, MAX_GPUS);
		if (method.usesAdapters() && lora == null) {
			throw new IllegalArgumentException(method + " needs LoRA adapters");
		}
		if (!method.usesAdapters()) {
			lora = null;
		}
	}

	/** Tokens in one micro-batch on one GPU. */
	public long tokensPerMicroBatch() {
		return (long) microBatchSize * sequenceLength;
	}

	/** Parameters the optimizer updates: all of them, or the adapters'. */
	public long trainableParameters() {
		return (lora != null) ? lora.trainableParameters(architecture) : architecture.parameters();
	}

	/** The same plan with another micro-batch size. */
	public TrainingPlan withMicroBatchSize(int size) {
		return new TrainingPlan(architecture, method, precision, optimizer, size, sequenceLength, gradientCheckpointing,
				lora, gpuCount);
	}

	/** The same plan with another sequence length. */
	public TrainingPlan withSequenceLength(int length) {
		return new TrainingPlan(architecture, method, precision, optimizer, microBatchSize, length,
				gradientCheckpointing, lora, gpuCount);
	}

	/** The same plan with gradient checkpointing on or off. */
	public TrainingPlan withGradientCheckpointing(boolean enabled) {
		return new TrainingPlan(architecture, method, precision, optimizer, microBatchSize, sequenceLength, enabled,
				lora, gpuCount);
	}

	private static void requireRange(String field, int value, int max) {
		if (value < 1 || value > max) {
			throw new IllegalArgumentException(field + " must be between 1 and " + max + ", was " + value);
		}
	}

}
