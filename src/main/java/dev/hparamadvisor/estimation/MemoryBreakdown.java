package dev.hparamadvisor.estimation;

/**
 * Where the bytes of one moment of a training step go.
 *
 * @param weights weights, frozen and trainable
 * @param gradients gradients alive at that moment
 * @param optimizerStates optimizer states, and the optimizer's temporaries during its
 * step
 * @param activations tensors saved for backward, including autocast's bf16 weight copies
 * @param logitsAndLoss logits, their fp32 copy, log-softmax and their gradients
 * @param frameworkOverhead cuBLAS workspaces and small buffers, DDP gradient buckets,
 * QLoRA's dequantization buffer
 */
public record MemoryBreakdown(double weights, double gradients, double optimizerStates, double activations,
		double logitsAndLoss, double frameworkOverhead) {

	/** The sum of all parts. */
	public double total() {
		return weights + gradients + optimizerStates + activations + logitsAndLoss + frameworkOverhead;
	}

	/** What persists across steps: weights, optimizer states and framework buffers. */
	public double persistent() {
		return weights + optimizerStates + frameworkOverhead;
	}

}
