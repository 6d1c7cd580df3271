package dev.hparamadvisor.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Sorts the entries every reader yields into training points and evaluations, the same
 * way for every format: an entry with {@code loss} is a training point, one with
 * {@code eval_*} metrics an evaluation, the Trainer's closing summary
 * ({@code train_runtime}, {@code train_loss}) neither. What does not fit is counted, not
 * refused.
 */
final class RunLogBuilder {

	/** Metric names kept in {@code run.metrics}; the rest are counted but not listed. */
	private static final int MAX_METRIC_NAMES = 64;

	/** Evaluation timings, not metrics of the model. */
	private static final Set<String> EVAL_TIMINGS = Set.of("eval_runtime", "eval_samples_per_second",
			"eval_steps_per_second", "eval_model_preparation_time", "eval_jit_compilation_time");

	private final LogFormat format;

	private final TrainSeries train = new TrainSeries();

	private final List<EvalPoint> evals = new ArrayList<>();

	private final Set<String> metrics = new LinkedHashSet<>();

	private final Map<String, Integer> odd = new LinkedHashMap<>();

	private int entries;

	RunLogBuilder(LogFormat format) {
		this.format = format;
	}

	/** Counts an entry that could not be read at all (a line that is not a log line). */
	void unreadable(String reason) {
		this.entries++;
		odd(reason);
	}

	void odd(String reason) {
		this.odd.merge(reason, 1, Integer::sum);
	}

	/**
	 * Takes one entry.
	 * @param values metric name to value, {@code step} and {@code epoch} included;
	 * non-numeric values left out
	 */
	void accept(Map<String, Double> values) {
		this.entries++;
		Double step = values.get("step");
		if (step == null || !Double.isFinite(step) || step < 0 || step > 1e15) {
			odd("no_step");
			return;
		}
		long at = Math.round(step);
		Double loss = values.get("loss");
		if (loss == null && this.format != LogFormat.HUGGINGFACE) {
			// torchtune and hand-written logs may call it train_loss; the Trainer's
			// summary
			// entry uses train_loss for the run's average, so not there
			loss = values.get("train_loss");
		}
		boolean summary = values.containsKey("train_runtime") || values.containsKey("train_loss");
		Map<String, Double> evalMetrics = null;
		for (Map.Entry<String, Double> value : values.entrySet()) {
			String name = value.getKey();
			if (name.startsWith("eval_") && !EVAL_TIMINGS.contains(name)) {
				if (evalMetrics == null) {
					evalMetrics = new LinkedHashMap<>();
				}
				evalMetrics.put(name, value.getValue());
			}
		}
		if (loss == null && evalMetrics == null) {
			if (!summary) {
				odd("no_loss_or_metric");
			}
			return;
		}
		if (loss != null) {
			Double lr = first(values, "learning_rate", "lr");
			Double grad = values.get("grad_norm");
			this.train.add(at, loss, (lr != null) ? lr : Double.NaN, (grad != null) ? grad : Double.NaN, grad != null);
			name("loss");
			if (lr != null) {
				name(values.containsKey("learning_rate") ? "learning_rate" : "lr");
			}
			if (grad != null) {
				name("grad_norm");
			}
		}
		if (evalMetrics != null) {
			Double epoch = values.get("epoch");
			this.evals.add(new EvalPoint(at, (epoch != null) ? epoch : Double.NaN, evalMetrics));
			evalMetrics.keySet().forEach(this::name);
		}
		for (String name : values.keySet()) {
			if (!name.equals("step") && !name.equals("epoch") && !name.startsWith("train_")
					&& !EVAL_TIMINGS.contains(name) && !name.equals("total_flos")) {
				name(name);
			}
		}
	}

	private void name(String name) {
		if (this.metrics.size() < MAX_METRIC_NAMES) {
			this.metrics.add(name);
		}
	}

	private static @Nullable Double first(Map<String, Double> values, String... names) {
		for (String name : names) {
			Double value = values.get(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/**
	 * The log, ordered by step; an unreadable log when no entry has a step and a loss or
	 * metric.
	 */
	RunLog build(FileFacts facts) {
		if (this.train.size == 0 && this.evals.isEmpty()) {
			throw UnreadableLog.noPoints(this.format, this.entries, this.odd);
		}
		int[] reordered = this.train.orderAndDeduplicate();
		count("out_of_order", reordered[0]);
		count("repeated_steps", reordered[1]);
		List<EvalPoint> evals = new ArrayList<>(this.evals);
		boolean sorted = true;
		for (int i = 1; i < evals.size(); i++) {
			sorted &= evals.get(i).step() >= evals.get(i - 1).step();
		}
		if (!sorted) {
			evals.sort(Comparator.comparingLong(EvalPoint::step));
			count("evaluations_out_of_order", 1);
		}
		return new RunLog(this.format, this.entries, this.train, mergeRepeated(evals), new ArrayList<>(this.metrics),
				facts, this.odd);
	}

	/**
	 * One evaluation a step, as one training point a step: entries at the same step are
	 * merged, a later value replacing an earlier one. The Trainer logs a step twice when
	 * {@code evaluate()} is called after training, and once per evaluation set when there
	 * are several; neither is odd. A repeat that changes a metric (a resumed run
	 * evaluated again) is counted.
	 */
	private List<EvalPoint> mergeRepeated(List<EvalPoint> evals) {
		List<EvalPoint> merged = new ArrayList<>(evals.size());
		int changed = 0;
		for (EvalPoint eval : evals) {
			EvalPoint previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (previous == null || previous.step() != eval.step()) {
				merged.add(eval);
				continue;
			}
			Map<String, Double> metrics = new LinkedHashMap<>(previous.metrics());
			boolean differs = false;
			for (Map.Entry<String, Double> metric : eval.metrics().entrySet()) {
				Double before = metrics.put(metric.getKey(), metric.getValue());
				differs |= before != null && Double.compare(before, metric.getValue()) != 0;
			}
			changed += differs ? 1 : 0;
			double epoch = Double.isFinite(eval.epoch()) ? eval.epoch() : previous.epoch();
			merged.set(merged.size() - 1, new EvalPoint(eval.step(), epoch, metrics));
		}
		count("repeated_evaluations", changed);
		return merged;
	}

	private void count(String reason, int n) {
		if (n > 0) {
			this.odd.merge(reason, n, Integer::sum);
		}
	}

}
