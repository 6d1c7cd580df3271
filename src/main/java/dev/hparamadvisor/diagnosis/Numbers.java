package dev.hparamadvisor.diagnosis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Rounding and order statistics on logged numbers.
 */
final class Numbers {

	private Numbers() {
	}

	/** Four significant digits: what a log's numbers support, and short in JSON. */
	static double round(double value) {
		return significant(value, 4);
	}

	static double significant(double value, int digits) {
		if (!Double.isFinite(value) || value == 0) {
			return value;
		}
		return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
	}

	/** The median of {@code values[from, to)}; NaN when the range is empty. */
	static double median(double[] values, int from, int to) {
		return quantile(values, from, to, 0.5);
	}

	/** A quantile by linear interpolation of the sorted finite values in range. */
	static double quantile(double[] values, int from, int to, double q) {
		double[] sorted = new double[Math.max(0, to - from)];
		int n = 0;
		for (int i = from; i < to; i++) {
			if (Double.isFinite(values[i])) {
				sorted[n++] = values[i];
			}
		}
		if (n == 0) {
			return Double.NaN;
		}
		Arrays.sort(sorted, 0, n);
		double position = q * (n - 1);
		int low = (int) Math.floor(position);
		int high = Math.min(n - 1, low + 1);
		return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
	}

}
