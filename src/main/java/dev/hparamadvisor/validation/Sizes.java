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

	static String percent(double fraction) {
		return Numbers.format(Math.round(fraction * 1000) / 10.0) + "%";
	}

}
