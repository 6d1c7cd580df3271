package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The group a hyperparameter belongs to, for filtering the catalogue.
 */
public enum Category {

	@JsonProperty("optimization")
	OPTIMIZATION,

	@JsonProperty("batching")
	BATCHING,

	@JsonProperty("duration")
	DURATION,

	@JsonProperty("regularization")
	REGULARIZATION,

	@JsonProperty("schedule")
	SCHEDULE,

	@JsonProperty("stability")
	STABILITY,

	@JsonProperty("data")
	DATA,

	@JsonProperty("objective")
	OBJECTIVE,

	@JsonProperty("capacity")
	CAPACITY,

	@JsonProperty("sampling")
	SAMPLING;

	/** The name used in JSON, YAML and query parameters. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
