package dev.hparamadvisor.estimation;

/**
 * The logits and the loss, per token and vocabulary entry. Hugging Face's causal-LM loss
 * upcasts the bf16 logits to fp32 and calls {@code cross_entropy}, which keeps its
 * log-softmax (fp32) for backward. At the loss: bf16 logits 2 + fp32 copy 4 + log-softmax
 * 4 = 10 bytes. At the start of backward (the model output, and with it the bf16 logits
 * and the fp32 copy, already released): log-softmax 4 + the NLL gradient 4 + the
 * log-softmax gradient 4 = 12 bytes. These two are the largest tensors of a step at long
 * sequences and large vocabularies, which is where counting weights alone goes wrong.
 */
public final class Logits {

	/** Bytes per token and vocabulary entry while the loss is computed. */
	public static final int FORWARD_BYTES = 2 + 4 + 4;

	/** Bytes per token and vocabulary entry at the start of backward. */
	public static final int BACKWARD_BYTES = 4 + 4 + 4;

	private Logits() {
	}

	/** Logits and loss buffers of one micro-batch while the loss is computed. */
	public static double forwardBytes(TrainingPlan plan) {
		return FORWARD_BYTES * (double) plan.tokensPerMicroBatch() * plan.architecture().vocabSize();
	}

	/** Logits gradient buffers of one micro-batch at the start of backward. */
	public static double backwardBytes(TrainingPlan plan) {
		return BACKWARD_BYTES * (double) plan.tokensPerMicroBatch() * plan.architecture().vocabSize();
	}

}
