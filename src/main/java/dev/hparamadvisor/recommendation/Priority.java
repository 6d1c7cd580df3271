package dev.hparamadvisor.recommendation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the caller cares about most. It changes the method chosen under {@code auto}, the
 * number of epochs, the LoRA rank and the evaluation cadence; never the learning rate.
 */
public enum Priority {

	@JsonProperty("quality")
	QUALITY,

	@JsonProperty("balanced")
	BALANCED,

	@JsonProperty("speed")
	SPEED;

	/** The name used in JSON. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
