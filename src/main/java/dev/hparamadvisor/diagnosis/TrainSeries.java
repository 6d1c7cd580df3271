package dev.hparamadvisor.diagnosis;

import java.util.Arrays;

/**
 * The training points of a log as parallel arrays, ordered by step, one point per step:
 * step, loss (possibly NaN or infinite), learning rate and gradient norm (NaN when not
 * logged). Arrays rather than objects, because 100,000 points are normal.
 */
final class TrainSeries {

	long[] steps = new long[64];

	double[] loss = new double[64];

	double[] learningRate = new double[64];

	double[] gradNorm = new double[64];

	/** Whether a gradient norm was logged at the point (NaN may be logged). */
	boolean[] hasGradNorm = new boolean[64];

	int size;

	void add(long step, double loss, double learningRate, double gradNorm, boolean hasGradNorm) {
		if (this.size == this.steps.length) {
			int capacity = this.size * 2;
			this.steps = Arrays.copyOf(this.steps, capacity);
			this.loss = Arrays.copyOf(this.loss, capacity);
			this.learningRate = Arrays.copyOf(this.learningRate, capacity);
			this.gradNorm = Arrays.copyOf(this.gradNorm, capacity);
			this.hasGradNorm = Arrays.copyOf(this.hasGradNorm, capacity);
		}
		this.steps[this.size] = step;
		this.loss[this.size] = loss;
		this.learningRate[this.size] = learningRate;
		this.gradNorm[this.size] = gradNorm;
		this.hasGradNorm[this.size] = hasGradNorm;
		this.size++;
	}

	/**
	 * Orders the points by step and keeps the last of each repeated step (a resumed run
	 * logs its steps again).
	 * @return how many points were out of order, and how many repeated steps were dropped
	 */
	int[] orderAndDeduplicate() {
		int outOfOrder = 0;
		for (int i = 1; i < this.size; i++) {
			if (this.steps[i] < this.steps[i - 1]) {
				outOfOrder++;
			}
		}
		if (outOfOrder > 0) {
			Integer[] order = new Integer[this.size];
			for (int i = 0; i < this.size; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (a, b) -> Long.compare(this.steps[a], this.steps[b]));
			permute(order);
		}
		int kept = 0;
		for (int i = 0; i < this.size; i++) {
			if (kept > 0 && this.steps[kept - 1] == this.steps[i]) {
				kept--;
			}
			move(i, kept++);
		}
		int repeated = this.size - kept;
		this.size = kept;
		return new int[] { outOfOrder, repeated };
	}

	private void permute(Integer[] order) {
		long[] steps = new long[this.size];
		double[] loss = new double[this.size];
		double[] learningRate = new double[this.size];
		double[] gradNorm = new double[this.size];
		boolean[] hasGradNorm = new boolean[this.size];
		for (int i = 0; i < this.size; i++) {
			int from = order[i];
			steps[i] = this.steps[from];
			loss[i] = this.loss[from];
			learningRate[i] = this.learningRate[from];
			gradNorm[i] = this.gradNorm[from];
			hasGradNorm[i] = this.hasGradNorm[from];
		}
		this.steps = steps;
		this.loss = loss;
		this.learningRate = learningRate;
		this.gradNorm = gradNorm;
		this.hasGradNorm = hasGradNorm;
	}

	private void move(int from, int to) {
		this.steps[to] = this.steps[from];
		this.loss[to] = this.loss[from];
		this.learningRate[to] = this.learningRate[from];
		this.gradNorm[to] = this.gradNorm[from];
		this.hasGradNorm[to] = this.hasGradNorm[from];
	}

	boolean hasLearningRate() {
		for (int i = 0; i < this.size; i++) {
			if (Double.isFinite(this.learningRate[i])) {
				return true;
			}
		}
		return false;
	}

}
