package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * {@code CLIPPING_ALWAYS_ACTIVE}: the logged gradient norm is above the clipping
 * threshold at {@link Thresholds#CLIPPING_SHARE} of the logged points or more. The
 * threshold is the configured {@code max_grad_norm}, or the Trainer's default 1.0 for a
 * Hugging Face log whose configuration does not say otherwise.
 */
final class ClippingRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		Double configured = run.configuration.clipping();
		boolean assumed = configured == null && run.log.format() == LogFormat.HUGGINGFACE;
		double clip = (configured != null) ? configured : assumed ? Thresholds.HF_DEFAULT_MAX_GRAD_NORM : 0;
		if (clip <= 0) {
			return;
		}
		TrainSeries train = run.log.train();
		int n = 0;
		int above = 0;
		long first = -1;
		long last = -1;
		double[] norms = new double[train.size];
		for (int i = 0; i < train.size; i++) {
			if (Double.isFinite(train.gradNorm[i])) {
				norms[n++] = train.gradNorm[i];
				above += (train.gradNorm[i] > clip) ? 1 : 0;
				first = (first < 0) ? train.steps[i] : first;
				last = train.steps[i];
			}
		}
		if (n < Thresholds.SPIKE_MIN_WINDOW || above < Thresholds.CLIPPING_SHARE * n) {
			return;
		}
		double median = Numbers.median(norms, 0, n);
		double p90 = Numbers.quantile(norms, 0, n, Thresholds.CLIP_QUANTILE);
		Finding.Builder finding = Finding.of(DiagnosisCodes.CLIPPING_ALWAYS_ACTIVE, new StepRange(first, last))
			.evidence("max_grad_norm", clip)
			.evidence("share_above", (double) above / n)
			.evidence("median_grad_norm", median)
			.evidence("p90_grad_norm", p90);
		if (p90 <= Thresholds.CLIP_RAISE_LIMIT * clip) {
			finding.suggest("gradient_clipping", Numbers.significant(p90, 2),
					"Clip near the 90th percentile of the logged norms (" + Changes.format(p90)
							+ ") so clipping catches outliers only; if the run was unstable, lower the learning rate instead");
		}
		else {
			Changes.lowerLearningRate(run, finding, "because the norms are far above any usual threshold ("
					+ Changes.format(p90) + " at the 90th percentile): the updates are driven by clipping");
		}
		findings.add(finding.message("The gradient norm is above the clipping threshold " + Changes.format(clip)
				+ (assumed ? " (the Trainer's default; max_grad_norm was not given)" : "") + " at " + above + " of " + n
				+ " logged points (median " + Changes.format(median)
				+ "): every update is scaled down, so clipping works as a lower learning rate rather than "
				+ "a guard against outliers."));
	}

}
