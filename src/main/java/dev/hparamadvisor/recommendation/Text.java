package dev.hparamadvisor.recommendation;

import java.util.Locale;

/**
 * Numbers as the rationales write them.
 */
final class Text {

	private Text() {
	}

	/** A parameter count: 8.03B, 494M. */
	static String parameters(double n) {
		if (n >= 1e9) {
			return String.format(Locale.ROOT, "%.3gB", n / 1e9);
		}
		return String.format(Locale.ROOT, "%.3gM", n / 1e6);
	}

	/** GiB with one decimal. */
	static String gib(double gib) {
		return String.format(Locale.ROOT, "%.1f", gib);
	}

	/** A count with thousands separators. */
	static String count(double n) {
		return String.format(Locale.ROOT, "%,d", Math.round(n));
	}

	/** A learning rate or other number: 2e-5, 1.5e-4, 0.3, 1e-8. */
	static String rate(double value) {
		if (value == 0) {
			return "0";
		}
		java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(2));
		if (Math.abs(value) >= 1e-3 && Math.abs(value) < 1e4) {
			return rounded.stripTrailingZeros().toPlainString();
		}
		int exponent = rounded.precision() - rounded.scale() - 1;
		java.math.BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
		return mantissa.toPlainString() + "e" + exponent;
	}

	/** A fraction as a percentage. */
	static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
	}

}
