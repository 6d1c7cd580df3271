package dev.hparamadvisor.studies;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a study decides to stop a trial early from its intermediate reports. */
public enum PrunerKind {

	/**
	 * Stop a trial whose best value so far is worse than the median of the completed
	 * trials' values at the same step (Optuna's MedianPruner, Google Vizier's median
	 * stopping rule).
	 */
	@JsonProperty("median")
	MEDIAN,

	/**
	 * Asynchronous successive halving: at each rung only the best quarter of the trials
	 * that reached it go on (Li et al. 2020, Optuna's SuccessiveHalvingPruner).
	 */
	@JsonProperty("successive_halving")
	SUCCESSIVE_HALVING,

	/** Never stop a trial early. */
	@JsonProperty("none")
	NONE;

	String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
