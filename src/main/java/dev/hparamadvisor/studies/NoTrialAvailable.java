package dev.hparamadvisor.studies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.RequestProblem;

/**
 * An ask that cannot be given a trial now: the budget is spent, or {@code max_parallel}
 * trials are running. The {@code reason} member says which, for a program to act on.
 */
class NoTrialAvailable extends RequestProblem {

	/** The problem type. */
	static final String TYPE = "no-trial-available";

	private NoTrialAvailable(String reason, String detail, int running, int counted) {
		super(TYPE, detail, List.of(), properties(reason, running, counted));
	}

	static NoTrialAvailable budgetSpent(int maxTrials, int running, int counted) {
		return new NoTrialAvailable("budget_spent", "The study's budget of " + maxTrials + " trials is spent ("
				+ counted + " handed out, " + running + " still running); no more trials will be given.", running,
				counted);
	}

	static NoTrialAvailable parallelLimit(int maxParallel, int running, int counted) {
		return new NoTrialAvailable("max_parallel", running + " trials are running, the study's max_parallel of "
				+ maxParallel + "; ask again when one completes or its lease expires.", running, counted);
	}

	private static Map<String, Object> properties(String reason, int running, int counted) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("reason", reason);
		properties.put("running", running);
		properties.put("counted", counted);
		return properties;
	}

}
