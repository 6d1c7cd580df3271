package dev.hparamadvisor.catalogue;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Formats numbers for messages the way people write hyperparameters: {@code 2e-05} stays
 * short, {@code 0.03} stays plain, whole numbers lose their decimal point.
 */
public final class Numbers {

	private Numbers() {
	}

	/** A short text form of the number; "?" when absent. */
	public static String format(@Nullable Double value) {
		if (value == null) {
			return "?";
		}
		double v = value;
		if (!Double.isFinite(v)) {
			return Double.toString(v);
		}
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		double abs = Math.abs(v);
		if (abs >= 1e-3 && abs < 1e7) {
			return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
		}
		String s = String.format(java.util.Locale.ROOT, "%.3g", v);
		// 2.00e-05 -> 2e-05
		return s.replaceAll("\\.?0+e", "e");
	}

}
