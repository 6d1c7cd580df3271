package dev.hparamadvisor.diagnosis;

/**
 * How serious a finding about a run is.
 */
public enum Severity {

	/** The run failed: its numbers are not finite, or the loss ran away. */
	ERROR,

	/** The run wasted compute or ended worse than it could have; worth changing. */
	WARNING,

	/** Guidance: where early stopping would have stopped, what the log lacks. */
	INFO

}
