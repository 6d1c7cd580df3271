package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * One diagnosis rule: a pure function from a run to findings with its codes.
 */
interface Rule {

	/** Adds what the rule finds in the run. */
	void check(Run run, List<Finding> findings);

}
