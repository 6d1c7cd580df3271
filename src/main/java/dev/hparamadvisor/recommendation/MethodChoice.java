package dev.hparamadvisor.recommendation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The fine-tuning method asked for: one of the three, or the best that fits.
 */
public enum MethodChoice {

	@JsonProperty("full")
	FULL,

	@JsonProperty("lora")
	LORA,

	@JsonProperty("qlora")
	QLORA,

	/** Full if it fits comfortably and the data justify it, else LoRA, else QLoRA. */
	@JsonProperty("auto")
	AUTO

}
