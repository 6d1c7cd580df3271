package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of value a hyperparameter takes.
 */
public enum ValueType {

	@JsonProperty("float")
	FLOAT,

	@JsonProperty("integer")
	INTEGER,

	@JsonProperty("choice")
	CHOICE,

	@JsonProperty("boolean")
	BOOLEAN,

	/** Free text: a metric name or a list of module names (companions only). */
	@JsonProperty("text")
	TEXT;

	/** The name used in JSON, YAML and query parameters. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
