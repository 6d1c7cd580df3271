package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a model is fine-tuned: all weights, low-rank adapters, or low-rank adapters on a
 * 4-bit quantized base.
 */
public enum Method {

	/** Every parameter is trained. */
	@JsonProperty("full")
	FULL,

	/** Low-rank adapters over a frozen 16-bit base (Hu et al. 2021). */
	@JsonProperty("lora")
	LORA,

	/** Low-rank adapters over a frozen 4-bit NF4 base (Dettmers et al. 2023). */
	@JsonProperty("qlora")
	QLORA;

	/**
	 * Whether adapters are trained over a frozen base (LoRA, QLoRA) rather than every
	 * weight.
	 */
	public boolean usesAdapters() {
		return this != FULL;
	}

	/** The name used in JSON, YAML and query parameters. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
