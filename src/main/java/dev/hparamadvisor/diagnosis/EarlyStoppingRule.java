package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * {@code EARLY_STOPPING_POINT}: where Hugging Face's {@code EarlyStoppingCallback} would
 * have stopped the run. It counts in evaluations: each evaluation's metric is compared
 * with the best before it; unless it is better by more than
 * {@code early_stopping_threshold}, a counter goes up, otherwise back to 0; training
 * stops when the counter reaches {@code early_stopping_patience}. The best is updated
 * after the comparison, by any improvement (the Trainer's
 * {@code _determine_best_metric}). The configured patience and threshold are used, else
 * the suggested patience and the callback's threshold 0.
 */
final class EarlyStoppingRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		int m = run.evalValues.length;
		if (m < 2) {
			return;
		}
		Double configured = run.configuration.number("early_stopping_patience");
		int patience = (configured != null && configured >= 1) ? configured.intValue() : suggestedPatience(run);
		Double thresholdConfigured = run.configuration.number("early_stopping_threshold");
		double threshold = (thresholdConfigured != null) ? thresholdConfigured : 0;
		int stop = stoppingEvaluation(run, patience, threshold);
		if (stop < 0 || stop == m - 1) {
			return;
		}
		long stopStep = run.evalSteps[stop];
		long last = run.lastStep();
		int best = 0;
		for (int i = 1; i <= stop; i++) {
			best = run.better(run.evalValues[i], run.evalValues[best]) ? i : best;
		}
		double saved = (last > 0) ? (double) (last - stopStep) / last : 0;
		Finding.Builder finding = Finding.of(DiagnosisCodes.EARLY_STOPPING_POINT, new StepRange(stopStep, last))
			.evidence("patience", patience)
			.evidence("threshold", threshold)
			.evidence("stop_step", stopStep)
			.evidence("best_step", run.evalSteps[best])
			.evidence("steps_saved", last - stopStep)
			.evidence("share_saved", saved);
		suggestEarlyStopping(run, finding);
		findings.add(finding.message("With patience " + patience + ((configured != null) ? " (configured)" : "")
				+ " and threshold " + Changes.format(threshold) + ", Hugging Face's EarlyStoppingCallback would have "
				+ "stopped at step " + stopStep + ", after " + patience + " evaluation" + ((patience == 1) ? "" : "s")
				+ " without improving on step " + run.evalSteps[best] + "; " + (last - stopStep) + " steps ("
				+ Changes.format(100 * saved) + "% of the run) would have been saved."));
	}

	/**
	 * The index of the evaluation at which the callback stops training; -1 if it never
	 * does.
	 */
	static int stoppingEvaluation(Run run, int patience, double threshold) {
		double best = Double.NaN;
		int counter = 0;
		for (int i = 0; i < run.evalValues.length; i++) {
			double value = run.evalValues[i];
			if (Double.isNaN(best) || (run.better(value, best) && Math.abs(value - best) > threshold)) {
				counter = 0;
			}
			else {
				counter++;
			}
			if (counter >= patience) {
				return i;
			}
			if (Double.isNaN(best) || run.better(value, best)) {
				best = value;
			}
		}
		return -1;
	}

	/**
	 * A patience that fits the evaluation cadence: the evaluations in
	 * {@link Thresholds#PATIENCE_SHARE} of the run, between
	 * {@link Thresholds#MIN_PATIENCE} and {@link Thresholds#MAX_PATIENCE}.
	 */
	static int suggestedPatience(Run run) {
		int evaluations = run.evalValues.length;
		int patience = (int) Math.round(evaluations * Thresholds.PATIENCE_SHARE);
		return Math.max(Thresholds.MIN_PATIENCE, Math.min(Thresholds.MAX_PATIENCE, patience));
	}

	/**
	 * Suggests early stopping with the suggested patience, and keeping the best model.
	 */
	static void suggestEarlyStopping(Run run, Finding.Builder finding) {
		Double configured = run.configuration.number("early_stopping_patience");
		int patience = (configured != null && configured >= 1) ? configured.intValue() : suggestedPatience(run);
		if (configured == null) {
			finding.suggest("early_stopping_patience", patience,
					"Stop after " + patience + " evaluations without improvement: about a tenth of the run's "
							+ run.evalValues.length + " evaluations, so one noisy evaluation does not stop it");
		}
		if (!Boolean.TRUE.equals(run.configuration.flag("load_best_model_at_end"))) {
			finding.suggest("load_best_model_at_end", true,
					"Keep the best checkpoint rather than the last; the EarlyStoppingCallback requires it");
		}
	}

}
