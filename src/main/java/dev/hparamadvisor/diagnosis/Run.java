package dev.hparamadvisor.diagnosis;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the rules look at: the log with its finite training losses pulled out, the
 * configuration, the context, and the evaluation metric that decides the best step.
 */
final class Run {

	final RunLog log;

	final RunConfiguration configuration;

	final DiagnosisContext context;

	/** Steps and values of the finite training losses, in step order. */
	final long[] steps;

	final double[] loss;

	/** Indexes of those points into {@code log.train()}. */
	final int[] index;

	/**
	 * The evaluation metric, its goal, and its finite values by step; null without one.
	 */
	final @Nullable String metric;

	final boolean greaterIsBetter;

	final long[] evalSteps;

	final double[] evalValues;

	Run(RunLog log, RunConfiguration configuration, DiagnosisContext context) {
		this.log = log;
		this.configuration = configuration;
		this.context = context;
		TrainSeries train = log.train();
		int n = 0;
		for (int i = 0; i < train.size; i++) {
			n += Double.isFinite(train.loss[i]) ? 1 : 0;
		}
		this.steps = new long[n];
		this.loss = new double[n];
		this.index = new int[n];
		for (int i = 0, j = 0; i < train.size; i++) {
			if (Double.isFinite(train.loss[i])) {
				this.steps[j] = train.steps[i];
				this.loss[j] = train.loss[i];
				this.index[j++] = i;
			}
		}
		this.metric = metric(log, configuration);
		Boolean greater = (context.greaterIsBetter() != null) ? context.greaterIsBetter()
				: configuration.greaterIsBetter();
		this.greaterIsBetter = (greater != null) ? greater : (this.metric != null && !this.metric.endsWith("loss"));
		List<long[]> points = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		for (EvalPoint eval : log.evals()) {
			Double value = (this.metric != null) ? eval.metrics().get(this.metric) : null;
			if (value != null && Double.isFinite(value)) {
				points.add(new long[] { eval.step() });
				values.add(value);
			}
		}
		this.evalSteps = points.stream().mapToLong((p) -> p[0]).toArray();
		this.evalValues = values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/**
	 * {@code metric_for_best_model} when configured, else {@code eval_loss}, else the
	 * first {@code eval_*_loss} (several evaluation sets), else none.
	 */
	private static @Nullable String metric(RunLog log, RunConfiguration configuration) {
		String configured = configuration.metricForBestModel();
		if (configured != null) {
			return configured;
		}
		String fallback = null;
		for (String name : log.metrics()) {
			if (name.equals("eval_loss")) {
				return name;
			}
			if (fallback == null && name.startsWith("eval_") && name.endsWith("_loss")) {
				fallback = name;
			}
		}
		return fallback;
	}

	/** Whether {@code a} is a better evaluation value than {@code b}. */
	boolean better(double a, double b) {
		return this.greaterIsBetter ? a > b : a < b;
	}

	/** The index of the best evaluation (the first, when it repeats); -1 without one. */
	int bestEval() {
		int best = -1;
		for (int i = 0; i < this.evalValues.length; i++) {
			if (best < 0 || better(this.evalValues[i], this.evalValues[best])) {
				best = i;
			}
		}
		return best;
	}

	long lastStep() {
		return this.log.lastStep();
	}

	/**
	 * The steps the run was planned for: the file's {@code max_steps}, the context's, the
	 * configuration's, or the last step logged.
	 */
	long plannedSteps() {
		Double planned = this.log.facts().maxSteps();
		if (planned == null && this.context.maxSteps() != null) {
			planned = this.context.maxSteps().doubleValue();
		}
		if (planned == null) {
			planned = this.configuration.number("max_steps");
		}
		return (planned != null && planned >= 1) ? Math.max(planned.longValue(), lastStep()) : lastStep();
	}

	/**
	 * Whether the planned length is known (the file's {@code max_steps}, the context or
	 * the configuration) rather than taken from the last step logged.
	 */
	boolean plannedStepsKnown() {
		return this.log.facts().maxSteps() != null || this.context.maxSteps() != null
				|| this.configuration.number("max_steps") != null;
	}

	/** The highest finite learning rate logged; NaN when none is. */
	double peakLearningRate() {
		double peak = Double.NaN;
		TrainSeries train = this.log.train();
		for (int i = 0; i < train.size; i++) {
			double lr = train.learningRate[i];
			if (Double.isFinite(lr) && !(lr <= peak)) {
				peak = lr;
			}
		}
		return peak;
	}

	/** The step at which the logged learning rate first reaches 99% of its peak. */
	long warmupEnd() {
		double peak = peakLearningRate();
		TrainSeries train = this.log.train();
		for (int i = 0; i < train.size && Double.isFinite(peak); i++) {
			if (train.learningRate[i] >= 0.99 * peak) {
				return train.steps[i];
			}
		}
		return (train.size > 0) ? train.steps[0] : 0;
	}

	/**
	 * The learning rate the run used: configured, else the peak logged; NaN if neither.
	 */
	double learningRate() {
		Double configured = this.configuration.learningRate();
		return (configured != null && configured > 0) ? configured : peakLearningRate();
	}

	/** The first index of the finite losses at or after a step. */
	int indexAtOrAfter(long step) {
		int i = java.util.Arrays.binarySearch(this.steps, step);
		return (i >= 0) ? i : -i - 1;
	}

}
