package dev.hparamadvisor.estimation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The optimizer, which decides the bytes of state kept per trainable parameter.
 */
public enum Optimizer {

	/** {@code torch.optim.AdamW(fused=True)}: two states in the parameter's dtype. */
	@JsonProperty("adamw")
	ADAMW,

	/** bitsandbytes 8-bit AdamW: two 1-byte states plus block-wise scales. */
	@JsonProperty("adamw_8bit")
	ADAMW_8BIT,

	/** SGD with momentum: one state in the parameter's dtype. */
	@JsonProperty("sgd")
	SGD,

	/** Adafactor without first moment: factored second moments, row and column. */
	@JsonProperty("adafactor")
	ADAFACTOR

}
