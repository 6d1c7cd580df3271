package dev.hparamadvisor.recommendation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

import dev.hparamadvisor.estimation.Decimals;

/**
 * Numbers as the rationales write them. Each method writes what {@link String#format}
 * with {@link Locale#ROOT} writes for its pattern (TextTests compares them), without the
 * cost of parsing the pattern on every call: a request writes a few dozen numbers.
 */
final class Text {

	/**
	 * Below this a double's shortest decimal has enough digits for the formatter's
	 * rounding (as in {@link Decimals}); above it, and for zero, negatives and non-finite
	 * values, the formatter itself writes the number.
	 */
	private static final double FAST_LIMIT = 1e14;

	private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);

	private Text() {
	}

	/** A parameter count: 8.03B, 494M ({@code %.3gB}, {@code %.3gM}). */
	static String parameters(double n) {
		if (n >= 1e9) {
			return threeSignificant(n / 1e9) + "B";
		}
		return threeSignificant(n / 1e6) + "M";
	}

	/** GiB with one decimal ({@code %.1f}). */
	static String gib(double gib) {
		return Decimals.fixed(gib, 1);
	}

	/** A count with thousands separators ({@code %,d} of the rounded value). */
	static String count(double n) {
		String digits = Long.toString(Math.round(n));
		int sign = (digits.charAt(0) == '-') ? 1 : 0;
		int length = digits.length() - sign;
		if (length <= 3) {
			return digits;
		}
		StringBuilder text = new StringBuilder(digits.length() + length / 3);
		int group = (length % 3 == 0) ? 3 : length % 3;
		text.append(digits, 0, sign + group);
		for (int i = sign + group; i < digits.length(); i += 3) {
			text.append(',').append(digits, i, i + 3);
		}
		return text.toString();
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

	/** A fraction as a percentage ({@code %.0f%%} of a hundred times it). */
	static String percent(double fraction) {
		return Decimals.fixed(fraction * 100, 0) + "%";
	}

	/**
	 * {@code %.3g}: three significant digits, half up, written in full when the rounded
	 * value is at least 1e-4 and below 1,000.
	 */
	static String threeSignificant(double value) {
		if (value > 0 && value < FAST_LIMIT) {
			BigDecimal rounded = new BigDecimal(Double.toString(value)).round(THREE_DIGITS);
			int exponent = rounded.precision() - rounded.scale() - 1;
			if (exponent >= -4 && exponent < 3) {
				return rounded.setScale(2 - exponent, RoundingMode.UNNECESSARY).toPlainString();
			}
		}
		return String.format(Locale.ROOT, "%.3g", value);
	}

}
