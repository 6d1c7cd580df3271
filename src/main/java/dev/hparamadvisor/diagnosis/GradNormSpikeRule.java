package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * {@code GRAD_NORM_SPIKES}: logged gradient norms at least
 * {@link Thresholds#GRAD_SPIKE_MULTIPLIER} times the median of the window before them and
 * above the Trainer's default clipping threshold. The Trainer logs the norm before
 * clipping, so spikes show even when clipping caught them.
 */
final class GradNormSpikeRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		TrainSeries train = run.log.train();
		int n = 0;
		for (int i = 0; i < train.size; i++) {
			n += Double.isFinite(train.gradNorm[i]) ? 1 : 0;
		}
		double[] norms = new double[n];
		long[] steps = new long[n];
		for (int i = 0, j = 0; i < train.size; i++) {
			if (Double.isFinite(train.gradNorm[i])) {
				norms[j] = train.gradNorm[i];
				steps[j++] = train.steps[i];
			}
		}
		if (n <= Spikes.window(n)) {
			return;
		}
		List<Spikes.Spike> spikes = Spikes.find(norms, Thresholds.GRAD_SPIKE_MULTIPLIER, 0,
				Thresholds.HF_DEFAULT_MAX_GRAD_NORM);
		if (spikes.isEmpty()) {
			return;
		}
		Spikes.Spike largest = spikes.get(0);
		for (Spikes.Spike spike : spikes) {
			largest = (spike.ratio() > largest.ratio()) ? spike : largest;
		}
		double p90 = Numbers.quantile(norms, 0, n, Thresholds.CLIP_QUANTILE);
		long from = steps[spikes.get(0).from()];
		long to = steps[spikes.get(spikes.size() - 1).to()];
		Finding.Builder finding = Finding.of(DiagnosisCodes.GRAD_NORM_SPIKES, new StepRange(from, to))
			.evidence("spikes", spikes.size())
			.evidence("largest_grad_norm", norms[largest.peak()])
			.evidence("largest_ratio", largest.ratio())
			.evidence("largest_at_step", steps[largest.peak()])
			.evidence("p90_grad_norm", p90);
		Double clipping = run.configuration.clipping();
		double clip = (clipping != null) ? clipping
				: (run.log.format() == LogFormat.HUGGINGFACE) ? Thresholds.HF_DEFAULT_MAX_GRAD_NORM : 0;
		double target = Numbers.significant(p90, 2);
		if (clip <= 0 || clip > 2 * p90) {
			finding.suggest("gradient_clipping", target, "Clip near the 90th percentile of the logged norms ("
					+ Changes.format(p90) + "), so only the outliers are scaled down");
		}
		else {
			Changes.lowerLearningRate(run, finding, "because clipping at " + Changes.format(clip)
					+ " already bounds each update and the norms still spike");
		}
		findings.add(finding.message(spikes.size() + " gradient-norm spike" + ((spikes.size() == 1) ? "" : "s")
				+ " between steps " + from + " and " + to + ": the largest, " + Changes.format(norms[largest.peak()])
				+ " at step " + steps[largest.peak()] + ", is " + Changes.format(largest.ratio())
				+ " times the median of the norms before it."));
	}

}
