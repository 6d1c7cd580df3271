package dev.hparamadvisor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code NON_FINITE_LOSS}: a training or evaluation loss that is NaN or infinite, or a
 * gradient norm that stays non-finite over {@link Thresholds#NON_FINITE_GRAD_RUN} logged
 * points or more. The Trainer's {@code logging_nan_inf_filter} (on by default) leaves
 * non-finite losses out of the logged average, so a diverged run may log a loss of 0
 * beside NaN gradient norms; an isolated non-finite norm is a step fp16 loss scaling
 * skipped, not a failure.
 */
final class NonFiniteLossRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		TrainSeries train = run.log.train();
		long first = Long.MAX_VALUE;
		long last = Long.MIN_VALUE;
		int trainLosses = 0;
		for (int i = 0; i < train.size; i++) {
			if (!Double.isFinite(train.loss[i])) {
				trainLosses++;
				first = Math.min(first, train.steps[i]);
				last = Math.max(last, train.steps[i]);
			}
		}
		int evalLosses = 0;
		for (EvalPoint eval : run.log.evals()) {
			for (Map.Entry<String, Double> metric : eval.metrics().entrySet()) {
				if (metric.getKey().endsWith("loss") && !Double.isFinite(metric.getValue())) {
					evalLosses++;
					first = Math.min(first, eval.step());
					last = Math.max(last, eval.step());
				}
			}
		}
		int gradNorms = 0;
		int zeroLosses = 0;
		for (int[] stretch : persistentNonFiniteGradNorms(train)) {
			gradNorms += stretch[1] - stretch[0];
			first = Math.min(first, train.steps[stretch[0]]);
			last = Math.max(last, train.steps[stretch[1] - 1]);
			for (int i = stretch[0]; i < stretch[1]; i++) {
				zeroLosses += (train.loss[i] == 0) ? 1 : 0;
			}
		}
		if (first == Long.MAX_VALUE) {
			return;
		}
		Finding.Builder finding = Finding.of(DiagnosisCodes.NON_FINITE_LOSS, new StepRange(first, last))
			.evidence("first_step", first)
			.evidence("non_finite_train_losses", trainLosses)
			.evidence("non_finite_eval_losses", evalLosses)
			.evidence("non_finite_grad_norms", gradNorms);
		if (zeroLosses > 0) {
			finding.evidence("zero_losses_beside_them", zeroLosses);
		}
		double lastFinite = lastFiniteLossBefore(run, first);
		if (Double.isFinite(lastFinite)) {
			finding.evidence("last_finite_loss", lastFinite);
		}
		Changes.lowerLearningRate(run, finding, "keeps the updates small enough for the weights to stay finite");
		Double clipping = run.configuration.clipping();
		if (clipping != null && clipping <= 0) {
			finding.suggest("gradient_clipping", Thresholds.HF_DEFAULT_MAX_GRAD_NORM,
					"Clipping was off; the Trainer's default 1.0 bounds each update");
		}
		Changes.lengthenWarmup(run, finding);
		StringBuilder message = new StringBuilder("The run stopped producing finite numbers at step " + first + ": ");
		List<String> parts = new ArrayList<>();
		if (trainLosses > 0) {
			parts.add(trainLosses + " training loss" + ((trainLosses == 1) ? " is" : "es are") + " NaN or infinite");
		}
		if (evalLosses > 0) {
			parts.add(evalLosses + " evaluation loss" + ((evalLosses == 1) ? " is" : "es are") + " NaN or infinite");
		}
		if (gradNorms > 0) {
			parts.add(
					gradNorms + " gradient norms in a row are NaN or infinite"
							+ ((zeroLosses > 0) ? " while the logged loss is " + zeroLosses
									+ " times exactly 0 (the Trainer leaves non-finite losses out of its average)"
									: ""));
		}
		message.append(String.join("; ", parts)).append(". Every update after that is lost.");
		findings.add(finding.message(message.toString()));
	}

	/**
	 * Index ranges [from, to) of consecutive non-finite logged gradient norms long enough
	 * to matter.
	 */
	static List<int[]> persistentNonFiniteGradNorms(TrainSeries train) {
		List<int[]> stretches = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= train.size; i++) {
			boolean nonFinite = i < train.size && train.hasGradNorm[i] && !Double.isFinite(train.gradNorm[i]);
			if (nonFinite && start < 0) {
				start = i;
			}
			else if (!nonFinite && start >= 0) {
				if (i - start >= Thresholds.NON_FINITE_GRAD_RUN) {
					stretches.add(new int[] { start, i });
				}
				start = -1;
			}
		}
		return stretches;
	}

	private static double lastFiniteLossBefore(Run run, long step) {
		double last = Double.NaN;
		for (int i = 0; i < run.steps.length && run.steps[i] < step; i++) {
			last = run.loss[i];
		}
		return last;
	}

}
