package dev.hparamadvisor.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps values to pixels on one axis, linearly or by logarithm, with round tick values.
 */
final class ChartScale {

	private final double min;

	private final double max;

	private final double from;

	private final double to;

	private final boolean log;

	/**
	 * @param min the smallest value
	 * @param max the largest value
	 * @param from the pixel of {@code min}
	 * @param to the pixel of {@code max}
	 * @param log whether to map logarithms (values must be positive)
	 */
	ChartScale(double min, double max, double from, double to, boolean log) {
		double low = log ? Math.log10(min) : min;
		double high = log ? Math.log10(max) : max;
		if (!(high > low)) {
			low -= 0.5;
			high += 0.5;
		}
		this.min = low;
		this.max = high;
		this.from = from;
		this.to = to;
		this.log = log;
	}

	double pixel(double value) {
		double v = this.log ? Math.log10(value) : value;
		return this.from + (v - this.min) / (this.max - this.min) * (this.to - this.from);
	}

	boolean isLog() {
		return this.log;
	}

	/**
	 * Round values between the ends: powers of ten on a log scale, 1, 2 or 5 steps
	 * otherwise.
	 */
	List<Double> ticks() {
		List<Double> ticks = new ArrayList<>();
		if (this.log) {
			for (double e = Math.ceil(this.min); e <= this.max + 1e-9; e++) {
				ticks.add(Math.pow(10, e));
			}
			if (ticks.size() >= 2) {
				return ticks;
			}
			ticks.clear();
		}
		double low = this.log ? Math.pow(10, this.min) : this.min;
		double high = this.log ? Math.pow(10, this.max) : this.max;
		double raw = (high - low) / 6;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = magnitude * ((raw / magnitude >= 5) ? 5 : (raw / magnitude >= 2) ? 2 : 1);
		for (double t = Math.ceil(low / step) * step; t <= high + step * 1e-9 && ticks.size() < 20; t += step) {
			ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
		}
		return ticks;
	}

	static String label(double value) {
		if (value == 0) {
			return "0";
		}
		double abs = Math.abs(value);
		if (abs >= 1e5 || abs < 1e-3) {
			// three significant digits at most, so that ticks 1.6e-4 and 1.8e-4 stay
			// apart
			String[] parts = String.format(java.util.Locale.ROOT, "%.2e", value).split("e");
			String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
			return mantissa + "e" + Integer.parseInt(parts[1]);
		}
		return Changes.format(value);
	}

}
