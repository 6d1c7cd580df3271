package dev.hparamadvisor.studies.sampling;

import java.util.List;
import java.util.Map;

/**
 * The dimensions a study searches, with the prior the advice gives each (empty for a
 * sampler without prior).
 *
 * @param dimensions the searched dimensions, in a stable order
 * @param priors dimension name to its prior; a dimension without one has a flat prior
 */
public record SearchSpace(List<Dimension> dimensions, Map<String, DimensionPrior> priors) {

	public SearchSpace {
		dimensions = List.copyOf(dimensions);
		priors = Map.copyOf(priors);
	}

}
