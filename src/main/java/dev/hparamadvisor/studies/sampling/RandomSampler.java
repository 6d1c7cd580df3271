package dev.hparamadvisor.studies.sampling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Independent uniform draws: uniform on a linear dimension, log-uniform on a log one, an
 * integer rounded from its bin, a choice with equal odds. The history is not read.
 */
final class RandomSampler implements Sampler {

	@Override
	public Map<String, Object> suggest(SearchSpace space, List<Observation> history, boolean maximize, long seed,
			int trialNumber) {
		SplittableRandom random = Samplers.random(seed, trialNumber);
		Map<String, Object> point = new LinkedHashMap<>();
		for (Dimension dimension : space.dimensions()) {
			Axis axis = Axis.of(dimension);
			point.put(axis.name(), axis.toValue(axis.uniform(random)));
		}
		return Collections.unmodifiableMap(point);
	}

}
