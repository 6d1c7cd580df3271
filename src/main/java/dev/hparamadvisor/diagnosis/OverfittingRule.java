package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * {@code OVERFITTING}: the last evaluation is worse than the best by more than Prechelt's
 * generalization-loss margin ({@link Thresholds#OVERFIT_GL_PERCENT}%), at least
 * {@link Thresholds#OVERFIT_MIN_EVALS_AFTER_BEST} evaluations after the best, while the
 * training loss near the last evaluation is below the one near the best.
 */
final class OverfittingRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		int m = run.evalValues.length;
		int best = run.bestEval();
		if (best < 0 || m - 1 - best < Thresholds.OVERFIT_MIN_EVALS_AFTER_BEST || run.loss.length == 0) {
			return;
		}
		double bestValue = run.evalValues[best];
		double last = run.evalValues[m - 1];
		double worse = run.greaterIsBetter ? bestValue - last : last - bestValue;
		double gl = (bestValue != 0) ? 100 * worse / Math.abs(bestValue) : Double.POSITIVE_INFINITY;
		if (!(worse > 0) || gl <= Thresholds.OVERFIT_GL_PERCENT) {
			return;
		}
		long bestStep = run.evalSteps[best];
		long lastStep = run.evalSteps[m - 1];
		double trainAtBest = trainLossNear(run, bestStep);
		double trainAtLast = trainLossNear(run, lastStep);
		double fall = trainAtBest - trainAtLast;
		if (!(fall > 0)) {
			return;
		}
		String metric = String.valueOf(run.metric);
		Finding.Builder finding = Finding.of(DiagnosisCodes.OVERFITTING, new StepRange(bestStep, lastStep))
			.evidence("best_step", bestStep)
			.evidence("best_value", bestValue)
			.evidence("last_value", last)
			.evidence(metric + (run.greaterIsBetter ? "_drop" : "_rise"), worse)
			.evidence("generalization_loss_percent", gl)
			.evidence("train_loss_fall", fall);
		double bestEpoch = epochAt(run, bestStep);
		Double epochs = run.configuration.number("num_epochs");
		if (epochs == null) {
			epochs = run.log.facts().numTrainEpochs();
		}
		if (Double.isFinite(bestEpoch) && epochs != null && Math.ceil(bestEpoch) < epochs) {
			long fewer = Math.max(1, (long) Math.ceil(bestEpoch));
			finding.suggest("num_epochs", fewer, "The best " + metric + " came in epoch " + fewer + " of "
					+ Changes.format(epochs) + "; the epochs after it only fit the training data closer");
		}
		EarlyStoppingRule.suggestEarlyStopping(run, finding);
		findings.add(finding.message(metric + " was best at step " + bestStep + " (" + Changes.format(bestValue)
				+ ") and ends at " + Changes.format(last) + " by step " + lastStep + ", " + Changes.format(gl)
				+ "% worse (Prechelt's generalization loss; above " + Changes.format(Thresholds.OVERFIT_GL_PERCENT)
				+ "% is overfitting), while the training loss fell by " + Changes.format(fall)
				+ ". The model is fitting the training data at the expense of held-out data."));
	}

	/**
	 * The median of the finite training losses logged up to a step, over a few points.
	 */
	static double trainLossNear(Run run, long step) {
		int end = run.indexAtOrAfter(step + 1);
		int k = Math.max(3, (int) Math.round(run.loss.length * 0.05));
		int from = Math.max(0, end - k);
		return (end > from) ? Numbers.median(run.loss, from, end) : Double.NaN;
	}

	private static double epochAt(Run run, long step) {
		for (EvalPoint eval : run.log.evals()) {
			if (eval.step() == step) {
				return eval.epoch();
			}
		}
		return Double.NaN;
	}

}
