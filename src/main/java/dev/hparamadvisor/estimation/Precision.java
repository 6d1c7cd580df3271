package dev.hparamadvisor.estimation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The numeric format of weights, gradients and compute.
 */
public enum Precision {

	/**
	 * fp32 master weights, gradients and optimizer states, forward and backward under
	 * {@code torch.autocast(bfloat16)}: the Hugging Face Trainer's {@code bf16=True}.
	 */
	@JsonProperty("mixed")
	MIXED,

	/** Weights, gradients and optimizer states all in bfloat16, no autocast. */
	@JsonProperty("bf16")
	BF16

}
