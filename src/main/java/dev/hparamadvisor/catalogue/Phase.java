package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When a hyperparameter takes effect: while training, while generating, or as a property
 * of the model.
 */
public enum Phase {

	@JsonProperty("training")
	TRAINING,

	@JsonProperty("inference")
	INFERENCE,

	@JsonProperty("model")
	MODEL;

	/** The name used in JSON, YAML and query parameters. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
