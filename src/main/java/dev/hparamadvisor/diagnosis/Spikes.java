package dev.hparamadvisor.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds values far above the median of the window of values before them, and groups
 * consecutive ones into spikes: LLM Foundry's KillLossSpike rule with a median in place
 * of its mean.
 */
final class Spikes {

	/**
	 * One spike: consecutive outliers.
	 *
	 * @param from index of the first outlier
	 * @param to index of the last outlier
	 * @param peak index of the highest ratio
	 * @param ratio the highest value over its window's median
	 * @param baseline the window's median before the first outlier
	 * @param recovered whether, within a window after it, a value is back below
	 * {@link Thresholds#SPIKE_RECOVERY} times the baseline
	 */
	record Spike(int from, int to, int peak, double ratio, double baseline, boolean recovered) {

		int length() {
			return this.to - this.from + 1;
		}

		boolean persistent() {
			return length() > Thresholds.SPIKE_PATIENCE;
		}

	}

	private Spikes() {
	}

	/** The window for a series of {@code n} logged values. */
	static int window(int n) {
		return Math.min(Thresholds.SPIKE_MAX_WINDOW,
				Math.max(Thresholds.SPIKE_MIN_WINDOW, (int) Math.round(n * Thresholds.SPIKE_WINDOW_FRACTION)));
	}

	/**
	 * The spikes of a series of finite values.
	 * @param values the series
	 * @param multiplier an outlier is at least this times the window's median
	 * @param minRise and at least this much above it
	 * @param minValue and at least this large
	 */
	static List<Spike> find(double[] values, double multiplier, double minRise, double minValue) {
		int n = values.length;
		int w = window(n);
		List<Spike> spikes = new ArrayList<>();
		double[] buffer = new double[w];
		int start = -1;
		int peak = -1;
		double peakRatio = 0;
		double baseline = 0;
		// the window's median moves slowly: recomputed every twentieth of a window, which
		// makes 100,000 points ten times cheaper to scan
		int stride = Math.max(1, w / 20);
		double median = 0;
		for (int i = w; i <= n; i++) {
			boolean outlier = false;
			if (i < n) {
				if ((i - w) % stride == 0) {
					median = Trend.select(values, i - w, i, buffer);
				}
				outlier = values[i] >= multiplier * median && values[i] - median >= minRise && values[i] >= minValue;
			}
			if (outlier) {
				double ratio = (median > 0) ? values[i] / median : Double.POSITIVE_INFINITY;
				if (start < 0) {
					start = i;
					baseline = median;
					peak = i;
					peakRatio = ratio;
				}
				else if (ratio > peakRatio) {
					peak = i;
					peakRatio = ratio;
				}
			}
			else if (start >= 0) {
				spikes.add(new Spike(start, i - 1, peak, peakRatio, baseline, recovered(values, i, w, baseline)));
				start = -1;
			}
		}
		return spikes;
	}

	private static boolean recovered(double[] values, int after, int w, double baseline) {
		for (int i = after; i < Math.min(values.length, after + w); i++) {
			if (values[i] <= Thresholds.SPIKE_RECOVERY * baseline) {
				return true;
			}
		}
		return false;
	}

}
