package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a model is fine-tuned: all weights, low-rank adapters, or low-rank adapters on a
 * 4-bit quantized base.
 */
public enum Method {

	@JsonProperty("full")
	FULL,

	@JsonProperty("lora")
	LORA,

	@JsonProperty("qlora")
	QLORA;

	/** The name used in JSON, YAML and query parameters. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
