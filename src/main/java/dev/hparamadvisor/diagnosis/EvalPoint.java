package dev.hparamadvisor.diagnosis;

import java.util.Map;

/**
 * One evaluation in a log.
 *
 * @param step the optimizer step it was made at
 * @param epoch the epoch, NaN when not logged
 * @param metrics {@code eval_*} metric name to value (NaN and infinities kept)
 */
record EvalPoint(long step, double epoch, Map<String, Double> metrics) {

	EvalPoint {
		metrics = Map.copyOf(metrics);
	}

}
