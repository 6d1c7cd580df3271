package dev.hparamadvisor.diagnosis;

import java.util.List;
import java.util.Map;

/**
 * A run's log as read: its training and evaluation points, what the file records beside
 * them, and what was skipped on the way.
 *
 * @param format the format it was read in
 * @param entries log entries (objects, lines or rows) read, skipped ones included
 * @param train the training points, by step
 * @param evals the evaluations, by step
 * @param metrics every metric name seen, in the order first seen
 * @param facts what a trainer_state.json records beside the log
 * @param odd entries skipped or reordered, by reason
 */
record RunLog(LogFormat format, int entries, TrainSeries train, List<EvalPoint> evals, List<String> metrics,
		FileFacts facts, Map<String, Integer> odd) {

	RunLog {
		evals = List.copyOf(evals);
		metrics = List.copyOf(metrics);
		odd = Map.copyOf(odd);
	}

	long lastStep() {
		long last = (this.train.size > 0) ? this.train.steps[this.train.size - 1] : 0;
		return this.evals.isEmpty() ? last : Math.max(last, this.evals.get(this.evals.size() - 1).step());
	}

	long firstStep() {
		long first = (this.train.size > 0) ? this.train.steps[0] : Long.MAX_VALUE;
		return this.evals.isEmpty() ? first : Math.min(first, this.evals.get(0).step());
	}

}
