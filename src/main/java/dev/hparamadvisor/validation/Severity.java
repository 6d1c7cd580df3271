package dev.hparamadvisor.validation;

/**
 * How serious a finding is.
 */
public enum Severity {

	/**
	 * The value is impossible, or the configuration contradicts itself: the run would be
	 * wrong.
	 */
	ERROR,

	/** Legal but unusual for this context; worth a second look. */
	WARNING,

	/** Guidance, including where the ebook's generic range and practice disagree. */
	INFO

}
