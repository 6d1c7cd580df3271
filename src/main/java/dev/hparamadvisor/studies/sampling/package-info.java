/**
 * Samplers of a tuning study: given the search space, the prior from the advice and the
 * trials observed so far, the next point to try. Plain Java, deterministic given a seed,
 * no Spring and no storage; {@code studies} calls it inside its ask transaction.
 */
@NullMarked
package dev.hparamadvisor.studies.sampling;

import org.jspecify.annotations.NullMarked;
