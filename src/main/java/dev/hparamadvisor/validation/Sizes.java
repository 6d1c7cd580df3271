package dev.hparamadvisor.validation;

import dev.hparamadvisor.catalogue.Numbers;

/**
 * Number formatting for messages.
 */
final class Sizes {

	private Sizes() {
	}

	static String n(double value) {
		return Numbers.format(value);
	}

	/** A number as JSON should show it: whole numbers without a decimal point. */
	static Object boxed(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 9.0e15) ? (Object) (long) value : (Object) value;
	}

	static String percent(double fraction) {
		return Numbers.format(Math.round(fraction * 1000) / 10.0) + "%";
	}

}
