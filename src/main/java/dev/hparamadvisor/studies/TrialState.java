package dev.hparamadvisor.studies;

/** Where a trial is in its life. */
public enum TrialState {

	/** Handed out; its worker holds a lease it renews with heartbeats and reports. */
	RUNNING,
	/** Ran to the end with a value. */
	COMPLETED,
	/** Stopped early by the pruner; its value is its last report. */
	PRUNED,
	/**
	 * Failed; the reason says why (a failure for lack of memory marks the region
	 * infeasible).
	 */
	FAILED,
	/**
	 * Its lease ran out without a heartbeat: the worker is presumed dead. It does not
	 * count towards the budget, and its parameters are offered once more.
	 */
	EXPIRED;

	boolean finished() {
		return this != RUNNING;
	}

}
