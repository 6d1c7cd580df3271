package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How values of a hyperparameter are best compared: by ratio (log), by difference
 * (linear), or not at all (categorical).
 */
public enum Scale {

	@JsonProperty("log")
	LOG,

	@JsonProperty("linear")
	LINEAR,

	@JsonProperty("categorical")
	CATEGORICAL;

	/** The name used in JSON, YAML and query parameters. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
