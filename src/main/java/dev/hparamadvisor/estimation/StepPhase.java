package dev.hparamadvisor.estimation;

import java.util.Locale;

/**
 * Moments of a training step at which memory can peak.
 */
public enum StepPhase {

	/** The loss is computed: all saved activations, logits and their fp32 copy. */
	FORWARD_LOSS,

	/** Backward starts: all saved activations and the logits gradients. */
	BACKWARD_START,

	/** The LM head's weight gradient is formed (full fine-tuning). */
	LM_HEAD_BACKWARD,

	/** The last block is recomputed (checkpointing) before any block gradient. */
	RECOMPUTE_LAST_BLOCK,

	/**
	 * The first block is recomputed (checkpointing) with almost all gradients present.
	 */
	RECOMPUTE_FIRST_BLOCK,

	/** Backward ends: every gradient, and a tied embedding's second gradient. */
	BACKWARD_END,

	/** The optimizer updates weights from gradients and states. */
	OPTIMIZER_STEP;

	/** The name used in JSON, e.g. {@code backward_start}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
