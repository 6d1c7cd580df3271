package dev.hparamadvisor.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The optimizer steps a finding is about, both ends included.
 *
 * @param from the first step
 * @param to the last step
 */
@Schema(name = "DiagnosisStepRange")
public record StepRange(@JsonProperty("from") long from, @JsonProperty("to") long to) {

	public StepRange {
		if (to < from) {
			throw new IllegalArgumentException("A step range ends before it starts: " + from + " to " + to);
		}
	}

	/** One step. */
	public static StepRange at(long step) {
		return new StepRange(step, step);
	}

}
