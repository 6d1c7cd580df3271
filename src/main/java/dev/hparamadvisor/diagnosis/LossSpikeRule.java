package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * {@code LOSS_SPIKES}: logged training losses at least
 * {@link Thresholds#SPIKE_MULTIPLIER} times, and {@link Thresholds#SPIKE_MIN_RISE} above,
 * the median of the window before them (LLM Foundry's KillLossSpike rule, with a median);
 * consecutive outliers are one spike, persistent past LLM Foundry's patience.
 */
final class LossSpikeRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		if (run.loss.length <= Spikes.window(run.loss.length) || Trend.hasNegative(run.loss)) {
			return;
		}
		List<Spikes.Spike> spikes = Spikes.find(run.loss, Thresholds.SPIKE_MULTIPLIER, Thresholds.SPIKE_MIN_RISE, 0);
		if (spikes.isEmpty()) {
			return;
		}
		Spikes.Spike largest = spikes.get(0);
		int points = 0;
		int recovered = 0;
		int persistent = 0;
		for (Spikes.Spike spike : spikes) {
			largest = (spike.ratio() > largest.ratio()) ? spike : largest;
			points += spike.length();
			recovered += spike.recovered() ? 1 : 0;
			persistent += spike.persistent() ? 1 : 0;
		}
		long from = run.steps[spikes.get(0).from()];
		long to = run.steps[spikes.get(spikes.size() - 1).to()];
		int window = Spikes.window(run.loss.length);
		Finding.Builder finding = Finding.of(DiagnosisCodes.LOSS_SPIKES, new StepRange(from, to))
			.evidence("spikes", spikes.size())
			.evidence("outlier_points", points)
			.evidence("largest_ratio", largest.ratio())
			.evidence("largest_at_step", run.steps[largest.peak()])
			.evidence("largest_loss", run.loss[largest.peak()])
			.evidence("median_before_largest", largest.baseline())
			.evidence("recovered", recovered)
			.evidence("persistent", persistent)
			.evidence("window_points", window);
		Changes.lowerLearningRate(run, finding, "makes each update, and so each spike, smaller");
		Double clipping = run.configuration.clipping();
		if (clipping != null && (clipping <= 0 || clipping > Thresholds.HF_DEFAULT_MAX_GRAD_NORM)) {
			finding.suggest("gradient_clipping", Thresholds.HF_DEFAULT_MAX_GRAD_NORM,
					"Clipping at the Trainer's default 1.0 bounds the update a bad batch can make");
		}
		Changes.lengthenWarmup(run, finding);
		findings.add(finding.message(spikes.size() + " loss spike" + ((spikes.size() == 1) ? "" : "s")
				+ " between steps " + from + " and " + to + ": the largest, at step " + run.steps[largest.peak()]
				+ ", is " + Changes.format(largest.ratio()) + " times the median of the " + window
				+ " losses before it. " + recovered + " recovered within " + window + " logged points; " + persistent
				+ " lasted more than " + Thresholds.SPIKE_PATIENCE + " points in a row."));
	}

}
