package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The usual span of a sub-parameter.
 *
 * @param min lower end
 * @param max upper end
 */
public record Typical(@JsonProperty("min") double min, @JsonProperty("max") double max) {

	/** Whether the value lies in the span. */
	public boolean contains(double value) {
		return value >= this.min && value <= this.max;
	}

}
