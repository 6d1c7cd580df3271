package dev.hparamadvisor.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How serious a finding about a run is.
 */
@Schema(name = "DiagnosisSeverity")
public enum Severity {

	/** The run failed: its numbers are not finite, or the loss ran away. */
	ERROR,

	/** The run wasted compute or ended worse than it could have; worth changing. */
	WARNING,

	/** Guidance: where early stopping would have stopped, what the log lacks. */
	INFO

}
