package dev.hparamadvisor.estimation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Fixed-point text for numbers in explanations, as {@code String.format("%.2f")} writes
 * them, at a fraction of its cost: the estimator's texts are written on every request,
 * and the recommender writes a few dozen numbers per answer.
 */
public final class Decimals {

	/**
	 * Below this a double's shortest decimal has at least two digits after the point, as
	 * the formatter's rounding needs; above it, and for zero, negatives and non-finite
	 * values, the formatter itself writes the number.
	 */
	private static final double FAST_LIMIT = 1e14;

	private Decimals() {
	}

	/**
	 * {@code value} with exactly {@code places} digits after the point, as {@code %.Nf}
	 * writes it: the formatter rounds the double's shortest decimal (the digits of
	 * {@link Double#toString}) half up.
	 */
	public static String fixed(double value, int places) {
		if (value > 0 && value < FAST_LIMIT) {
			return new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP).toPlainString();
		}
		return String.format(Locale.ROOT, "%." + places + "f", value);
	}

}
