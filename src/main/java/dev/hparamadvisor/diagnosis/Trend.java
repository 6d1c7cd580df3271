package dev.hparamadvisor.diagnosis;

/**
 * Small computations on a loss curve that several rules share.
 */
final class Trend {

	private Trend() {
	}

	static boolean hasNegative(double[] values) {
		for (double value : values) {
			if (value < 0) {
				return true;
			}
		}
		return false;
	}

	/** The start of the block of {@code k} points with the lowest median. */
	static int lowestBlock(double[] loss, int k) {
		int best = 0;
		double lowest = Double.POSITIVE_INFINITY;
		for (int i = 0; i + k <= loss.length; i += Math.max(1, k / 2)) {
			double median = Numbers.median(loss, i, i + k);
			if (median < lowest) {
				lowest = median;
				best = i;
			}
		}
		return best;
	}

	/** The trailing median of each point over the {@code k} points ending at it. */
	static double[] trailingMedian(double[] values, int k) {
		double[] smoothed = new double[values.length];
		double[] window = new double[k];
		int stride = Math.max(1, k / 20);
		for (int i = 0; i < values.length; i++) {
			int from = Math.max(0, i - k + 1);
			// recomputed every twentieth of a window once the window is full
			smoothed[i] = (i < k || i % stride == 0) ? select(values, from, i + 1, window) : smoothed[i - 1];
		}
		return smoothed;
	}

	/** The median of {@code values[from, to)} by selection, using {@code buffer}. */
	static double select(double[] values, int from, int to, double[] buffer) {
		int n = to - from;
		System.arraycopy(values, from, buffer, 0, n);
		int middle = n / 2;
		double upper = quickselect(buffer, n, middle);
		if (n % 2 == 1) {
			return upper;
		}
		double lower = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < middle; i++) {
			lower = Math.max(lower, buffer[i]);
		}
		return (lower + upper) / 2;
	}

	private static double quickselect(double[] a, int n, int k) {
		int left = 0;
		int right = n - 1;
		while (left < right) {
			double pivot = a[(left + right) >>> 1];
			int i = left;
			int j = right;
			while (i <= j) {
				while (a[i] < pivot) {
					i++;
				}
				while (a[j] > pivot) {
					j--;
				}
				if (i <= j) {
					double t = a[i];
					a[i] = a[j];
					a[j] = t;
					i++;
					j--;
				}
			}
			if (k <= j) {
				right = j;
			}
			else if (k >= i) {
				left = i;
			}
			else {
				break;
			}
		}
		return a[k];
	}

}
