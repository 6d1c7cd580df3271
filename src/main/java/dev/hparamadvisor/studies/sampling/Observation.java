package dev.hparamadvisor.studies.sampling;

import java.util.Map;

/**
 * A trial the study has heard back from.
 *
 * @param parameters the searched values the trial ran with (dimension name to a Double,
 * Long or String)
 * @param outcome how it ended
 * @param value the objective as given by the caller (the last report for a pruned trial);
 * NaN when there is none
 */
public record Observation(Map<String, Object> parameters, Outcome outcome, double value) {

	public Observation {
		parameters = Map.copyOf(parameters);
	}

	/** How a trial ended, as the sampler needs to know it. */
	public enum Outcome {

		/** Ran to the end with a value. */
		COMPLETED,
		/** Stopped early by the pruner; its value is its last report. */
		PRUNED,
		/** Failed for a reason that says nothing about the region. */
		FAILED,
		/** Failed for lack of memory: the region around it is infeasible. */
		INFEASIBLE

	}

}
