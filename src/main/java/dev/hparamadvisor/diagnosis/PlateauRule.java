package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * {@code PLATEAU}: after warmup, the smoothed training loss (trailing median over 5% of
 * the points, at most 200) stays within {@link Thresholds#PLATEAU_BAND} of its level for
 * at least {@link Thresholds#PLATEAU_SHARE} of the logged steps, either before it has
 * learned much (still above {@link Thresholds#PLATEAU_STILL_HIGH} of its start) or before
 * progress resumes. A flat end well below the start is convergence, not a plateau.
 */
final class PlateauRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		double[] loss = run.loss;
		int n = loss.length;
		if (n < Thresholds.MIN_TRAIN_POINTS || Trend.hasNegative(loss)) {
			return;
		}
		int k = Math.min(Thresholds.SPIKE_MAX_WINDOW, Math.max(3, (int) Math.round(n * 0.05)));
		double[] smooth = Trend.trailingMedian(loss, k);
		double start = Numbers.median(loss, 0, Math.max(1, (int) Math.round(n * Thresholds.END_FRACTION)));
		long span = run.steps[n - 1] - run.steps[0];
		int first = Math.min(n - 1, Math.max(run.indexAtOrAfter(run.warmupEnd()), k - 1));
		int a = first;
		int bestFrom = -1;
		int bestTo = -1;
		for (int i = first; i <= n; i++) {
			boolean inside = i < n && Math.abs(smooth[i] / smooth[a] - 1) <= Thresholds.PLATEAU_BAND;
			if (!inside) {
				if (bestFrom < 0 || run.steps[i - 1] - run.steps[a] > run.steps[bestTo] - run.steps[bestFrom]) {
					bestFrom = a;
					bestTo = i - 1;
				}
				a = Math.min(i, n - 1);
			}
		}
		if (bestFrom < 0 || span <= 0) {
			return;
		}
		double level = smooth[bestFrom];
		double share = (double) (run.steps[bestTo] - run.steps[bestFrom]) / span;
		if (share < Thresholds.PLATEAU_SHARE || level < Thresholds.PLATEAU_CONVERGED_LOSS) {
			return;
		}
		double after = Double.POSITIVE_INFINITY;
		for (int i = bestTo + 1; i < n; i++) {
			after = Math.min(after, smooth[i]);
		}
		boolean resumed = after <= (1 - Thresholds.PLATEAU_RESUMED) * level;
		boolean stillHigh = level >= Thresholds.PLATEAU_STILL_HIGH * start;
		if (!resumed && !stillHigh) {
			return;
		}
		Finding.Builder finding = Finding
			.of(DiagnosisCodes.PLATEAU, new StepRange(run.steps[bestFrom], run.steps[bestTo]))
			.evidence("share_of_run", share)
			.evidence("loss_level", level)
			.evidence("start_loss", start)
			.evidence("change_percent", 100 * (smooth[bestTo] / level - 1))
			.evidence("resumed_after", resumed ? 1 : 0);
		Changes.raiseLearningRate(run, finding, resumed ? "shortens a stall that the run later left by itself"
				: "gives a run that stopped learning early larger steps");
		findings.add(finding.message("From step " + run.steps[bestFrom] + " to " + run.steps[bestTo] + " ("
				+ Changes.format(100 * share) + "% of the logged steps) the training loss stays within "
				+ Changes.format(100 * Thresholds.PLATEAU_BAND) + "% of " + Changes.format(level)
				+ (resumed ? ", and falls again after it: the run stalled." : ", still "
						+ Changes.format(100 * level / start) + "% of where it started: the run stopped learning.")));
	}

}
