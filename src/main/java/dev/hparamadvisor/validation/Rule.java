package dev.hparamadvisor.validation;

import java.util.List;

/**
 * A check of a normalized configuration: a pure function to findings, each with a stable
 * code.
 */
@FunctionalInterface
public interface Rule {

	List<Finding> check(Configuration configuration);

}
