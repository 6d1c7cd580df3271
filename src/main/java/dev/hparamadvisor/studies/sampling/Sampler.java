package dev.hparamadvisor.studies.sampling;

import java.util.List;
import java.util.Map;

/**
 * Chooses the next point of a study. Implementations are stateless and thread-safe: the
 * same arguments give the same point.
 */
public interface Sampler {

	/**
	 * The next point to try.
	 * @param space the searched dimensions
	 * @param history the trials heard back from, oldest first
	 * @param maximize whether larger objective values are better
	 * @param seed the study's seed
	 * @param trialNumber the number of the trial being asked for, mixed into the seed
	 * @return a value for each dimension: a Double for a float, a Long for an integer, a
	 * String for a choice, within the dimension's bounds
	 */
	Map<String, Object> suggest(SearchSpace space, List<Observation> history, boolean maximize, long seed,
			int trialNumber);

}
