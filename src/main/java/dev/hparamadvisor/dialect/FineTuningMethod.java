package dev.hparamadvisor.dialect;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the weights are trained, as far as a configuration reveals it.
 */
public enum FineTuningMethod {

	/** Every weight is trained. */
	FULL("full"),
	/** Low-rank adapters on a frozen base in 16 or 8 bits. */
	LORA("lora"),
	/** Low-rank adapters on a frozen base quantized to 4 bits or fewer. */
	QLORA("qlora"),
	/**
	 * Some layers trained, the rest frozen: Axolotl {@code unfrozen_parameters} or LISA,
	 * LLaMA-Factory {@code finetuning_type: freeze}.
	 */
	PARTIAL("partial");

	private final String id;

	FineTuningMethod(String id) {
		this.id = id;
	}

	/**
	 * The id used in response bodies.
	 * @return the lower-case id
	 */
	@JsonValue
	public String id() {
		return this.id;
	}

}
