package dev.hparamadvisor.studies.sampling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import dev.hparamadvisor.studies.sampling.Observation.Outcome;

/** Runs small studies in the tests: ask, evaluate, tell, as a study would. */
final class StudyRun {

	private StudyRun() {
	}

	/** The best value a study of {@code budget} trials finds, minimizing. */
	static double best(Sampler sampler, SearchSpace space, ToDoubleFunction<Map<String, Object>> objective, long seed,
			int budget) {
		double best = Double.POSITIVE_INFINITY;
		for (Observation observation : history(sampler, space, (p) -> completed(p, objective), seed, budget)) {
			best = Math.min(best, observation.value());
		}
		return best;
	}

	/** The trials of a study whose outcome the given function decides. */
	static List<Observation> history(Sampler sampler, SearchSpace space, Function<Map<String, Object>, Observation> run,
			long seed, int budget) {
		List<Observation> history = new ArrayList<>();
		for (int trial = 0; trial < budget; trial++) {
			history.add(run.apply(sampler.suggest(space, List.copyOf(history), false, seed, trial)));
		}
		return history;
	}

	static Observation completed(Map<String, Object> point, ToDoubleFunction<Map<String, Object>> objective) {
		return new Observation(point, Outcome.COMPLETED, objective.applyAsDouble(point));
	}

	/** The median of the best values over seeds 0 to {@code seeds - 1}. */
	static double medianBest(Sampler sampler, SearchSpace space, ToDoubleFunction<Map<String, Object>> objective,
			int seeds, int budget) {
		double[] best = new double[seeds];
		for (int seed = 0; seed < seeds; seed++) {
			best[seed] = best(sampler, space, objective, 1000 + seed, budget);
		}
		Arrays.sort(best);
		return (seeds % 2 == 1) ? best[seeds / 2] : 0.5 * (best[seeds / 2 - 1] + best[seeds / 2]);
	}

	static double number(Map<String, Object> point, String name) {
		return ((Number) point.get(name)).doubleValue();
	}

}
