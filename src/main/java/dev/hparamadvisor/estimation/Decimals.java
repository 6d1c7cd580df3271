package dev.hparamadvisor.estimation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point text for numbers in explanations, as {@code String.format("%.2f")} writes
 * them (half-up on the shortest decimal form) at a fraction of its cost: the estimator's
 * texts are written on every request, and the recommender's search writes them for every
 * candidate it checks.
 */
final class Decimals {

	private Decimals() {
	}

	/** {@code value} with exactly {@code places} digits after the point. */
	static String fixed(double value, int places) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP).toPlainString();
	}

}
