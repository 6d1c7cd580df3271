package dev.hparamadvisor.diagnosis;

/**
 * The hyperparameter changes several rules suggest, computed one way.
 */
final class Changes {

	private Changes() {
	}

	/**
	 * Adds a lower learning rate, the run's (configured, else the peak logged) divided by
	 * {@link Thresholds#LEARNING_RATE_FACTOR}, when the run's is known.
	 */
	static void lowerLearningRate(Run run, Finding.Builder finding, String why) {
		double lr = run.learningRate();
		if (Double.isFinite(lr) && lr > 0) {
			double lower = Numbers.significant(lr / Thresholds.LEARNING_RATE_FACTOR, 2);
			finding.suggest("learning_rate", lower, "Half the run's " + format(lr) + " " + why);
		}
	}

	static void raiseLearningRate(Run run, Finding.Builder finding, String why) {
		double lr = run.learningRate();
		if (Double.isFinite(lr) && lr > 0) {
			double higher = Numbers.significant(lr * Thresholds.LEARNING_RATE_FACTOR, 2);
			finding.suggest("learning_rate", higher, "Twice the run's " + format(lr) + " " + why);
		}
	}

	/**
	 * Adds a warmup when the run had none (by its configuration, or by its logged
	 * learning rate starting at the peak), or a longer one.
	 */
	static void lengthenWarmup(Run run, Finding.Builder finding) {
		RunConfiguration configuration = run.configuration;
		Double steps = configuration.number("warmup_steps");
		Double ratio = configuration.number("warmup_ratio");
		if (steps != null && steps >= 1) {
			long planned = run.plannedSteps();
			long longer = Math.min(Math.round(steps * 2), Math.max(1, planned / 10));
			if (longer > steps) {
				finding.suggest("warmup_steps", longer,
						"Twice the warmup (at most a tenth of the run): a gentler start steadies the first updates");
			}
			return;
		}
		if (ratio != null && ratio > 0) {
			double longer = Math.min(0.1, Numbers.significant(ratio * 2, 2));
			if (longer > ratio) {
				finding.suggest("warmup_ratio", longer,
						"Twice the warmup (at most a tenth of the run): a gentler start steadies the first updates");
			}
			return;
		}
		if (hadWarmup(run)) {
			return;
		}
		if (steps != null) {
			long warmup = Math.max(1, Math.round(run.plannedSteps() * Thresholds.SUGGESTED_WARMUP_RATIO));
			finding.suggest("warmup_steps", warmup, "The run had no warmup: a linear warmup over 3% of the run ("
					+ warmup + " steps) keeps Adam's first, poorly estimated updates small");
		}
		else {
			finding.suggest("warmup_ratio", Thresholds.SUGGESTED_WARMUP_RATIO,
					"The run had no warmup: a linear warmup over 3% of the run keeps Adam's first, "
							+ "poorly estimated updates small");
		}
	}

	/** Whether the logged learning rate rises to its peak rather than starting there. */
	static boolean hadWarmup(Run run) {
		TrainSeries train = run.log.train();
		double peak = run.peakLearningRate();
		for (int i = 0; i < train.size; i++) {
			if (Double.isFinite(train.learningRate[i])) {
				return train.learningRate[i] < Thresholds.WARMUP_PEAK_SHARE * peak;
			}
		}
		return true;
	}

	/** A number as the message shows it: four significant digits. */
	static String format(double value) {
		double rounded = Numbers.round(value);
		if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
			return Long.toString((long) rounded);
		}
		return (Math.abs(rounded) < 1e-3 || Math.abs(rounded) >= 1e6)
				? String.format(java.util.Locale.ROOT, "%.3g", rounded) : Double.toString(rounded);
	}

}
