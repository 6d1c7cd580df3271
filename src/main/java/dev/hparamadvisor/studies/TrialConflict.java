package dev.hparamadvisor.studies;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.RequestProblem;

/**
 * A heartbeat, report or completion the trial's state does not allow: it has already
 * finished (with another value), was pruned, or its lease expired.
 */
class TrialConflict extends RequestProblem {

	/** The problem type. */
	static final String TYPE = "trial-conflict";

	TrialConflict(int number, TrialState state, String detail) {
		super(TYPE, "Trial " + number + " is " + state + ": " + detail, List.of(), Map.of("state", state.name()));
	}

}
