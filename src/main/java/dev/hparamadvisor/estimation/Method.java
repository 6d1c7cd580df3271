package dev.hparamadvisor.estimation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the model is trained.
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

	boolean usesAdapters() {
		return this != FULL;
	}

}
