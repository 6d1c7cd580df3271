package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * {@code DIVERGENCE}: the training loss ends well above where it started (median of the
 * last tenth of the points at least {@link Thresholds#DIVERGENCE_END_RATIO} times the
 * median of the first tenth), or rises steadily after warmup: from its lowest block (a
 * tenth of the points) on, the medians of {@link Thresholds#RISE_BLOCKS} equal blocks
 * each above the one before, by {@link Thresholds#RISE_MIN_RATIO} in all. Losses that go
 * negative (policy-gradient objectives) are not losses that must fall, and are left
 * alone.
 */
final class DivergenceRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		double[] loss = run.loss;
		int n = loss.length;
		if (n < Thresholds.MIN_TRAIN_POINTS || Trend.hasNegative(loss)) {
			return;
		}
		int k = Math.max(1, (int) Math.round(n * Thresholds.END_FRACTION));
		double start = Numbers.median(loss, 0, k);
		double end = Numbers.median(loss, n - k, n);
		if (start > 0 && end >= Thresholds.DIVERGENCE_END_RATIO * start) {
			int lowest = Trend.lowestBlock(loss, k);
			long from = run.steps[lowest];
			Finding.Builder finding = Finding.of(DiagnosisCodes.DIVERGENCE, new StepRange(from, run.steps[n - 1]))
				.evidence("start_loss", start)
				.evidence("end_loss", end)
				.evidence("end_to_start_ratio", end / start)
				.evidence("lowest_loss", Numbers.median(loss, lowest, Math.min(n, lowest + k)))
				.evidence("lowest_step", from);
			suggest(run, finding);
			findings.add(finding.message("The training loss ends at " + Changes.format(end) + ", "
					+ Changes.format(end / start) + " times the " + Changes.format(start)
					+ " it started at (medians of the first and last tenth of the points); it was lowest near step "
					+ from + ". The run diverged."));
			return;
		}
		int warm = run.indexAtOrAfter(run.warmupEnd());
		int from = warm + Trend.lowestBlock(java.util.Arrays.copyOfRange(loss, warm, n), k);
		int blocks = Thresholds.RISE_BLOCKS;
		int size = (n - from) / blocks;
		if (size < 2 || n - from < Thresholds.END_FRACTION * n) {
			return;
		}
		double[] medians = new double[blocks];
		for (int b = 0; b < blocks; b++) {
			medians[b] = Numbers.median(loss, from + b * size, from + (b + 1) * size);
			if (b > 0 && !(medians[b] > medians[b - 1])) {
				return;
			}
		}
		if (medians[0] > 0 && medians[blocks - 1] >= Thresholds.RISE_MIN_RATIO * medians[0]) {
			Finding.Builder finding = Finding
				.of(DiagnosisCodes.DIVERGENCE, new StepRange(run.steps[from], run.steps[n - 1]))
				.evidence("first_block_loss", medians[0])
				.evidence("last_block_loss", medians[blocks - 1])
				.evidence("rise_ratio", medians[blocks - 1] / medians[0])
				.evidence("blocks", blocks);
			suggest(run, finding);
			findings.add(
					finding.message("After warmup the training loss rises steadily from its lowest: the median of each "
							+ "fifth of the points from step " + run.steps[from] + " is above the one before, from "
							+ Changes.format(medians[0]) + " to " + Changes.format(medians[blocks - 1]) + "."));
		}
	}

	private static void suggest(Run run, Finding.Builder finding) {
		Changes.lowerLearningRate(run, finding, "is the first remedy for a loss that runs away");
		Changes.lengthenWarmup(run, finding);
	}

}
