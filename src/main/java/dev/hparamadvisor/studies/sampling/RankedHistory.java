package dev.hparamadvisor.studies.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.hparamadvisor.studies.sampling.Observation.Outcome;

/**
 * The trials a sampler learns from, best first. Completed and pruned trials rank by value
 * (a pruned trial after a completed one of the same value: its value is a last report,
 * not a final one); infeasible trials, and trials whose value is NaN (a diverged run),
 * rank after all of them, so they always fall in the "bad" group and their region is
 * avoided; failed trials say nothing about their region and are left out. Optuna ranks
 * every pruned trial after every completed one ({@code _get_observation_pairs}); ranking
 * by value keeps a good pruned trial useful when few trials have completed.
 *
 * @param ranked the trials, best first
 * @param valued how many have a usable value (the rest are infeasible)
 */
record RankedHistory(List<Entry> ranked, int valued) {

	private static final Comparator<Entry> BEST_FIRST = Comparator.comparing(Entry::infeasible)
		.thenComparingDouble(Entry::loss)
		.thenComparing(Entry::pruned)
		.thenComparingInt(Entry::index);

	static RankedHistory of(List<Observation> history, boolean maximize) {
		List<Entry> entries = new ArrayList<>(history.size());
		int valued = 0;
		for (int i = 0; i < history.size(); i++) {
			Observation observation = history.get(i);
			Outcome outcome = observation.outcome();
			if (outcome == Outcome.FAILED) {
				continue;
			}
			boolean infeasible = outcome == Outcome.INFEASIBLE || Double.isNaN(observation.value());
			double loss = infeasible ? Double.POSITIVE_INFINITY
					: (maximize ? -observation.value() : observation.value());
			entries.add(new Entry(observation, i, loss, outcome == Outcome.PRUNED, infeasible));
			valued += infeasible ? 0 : 1;
		}
		entries.sort(BEST_FIRST);
		return new RankedHistory(List.copyOf(entries), valued);
	}

	int size() {
		return this.ranked.size();
	}

	/**
	 * The best {@code count} trials and the rest, each in the order they were observed;
	 * of the rest, only the most recent {@code maxRest} are kept.
	 */
	Split split(int count, int maxRest) {
		List<Entry> good = new ArrayList<>(this.ranked.subList(0, count));
		List<Entry> bad = new ArrayList<>(this.ranked.subList(count, this.ranked.size()));
		Comparator<Entry> chronological = Comparator.comparingInt(Entry::index);
		good.sort(chronological);
		bad.sort(chronological);
		List<Entry> considered = this.ranked;
		if (bad.size() > maxRest) {
			int oldest = bad.get(bad.size() - maxRest).index();
			bad = bad.subList(bad.size() - maxRest, bad.size());
			considered = this.ranked.stream().filter((e) -> e.index() >= oldest || good.contains(e)).toList();
		}
		return new Split(good, bad, considered);
	}

	/**
	 * One observation as ranked.
	 *
	 * @param observation the trial
	 * @param index its position in the history
	 * @param loss its value, negated when maximizing; infinite when infeasible
	 * @param pruned whether it was pruned
	 * @param infeasible whether it ran out of memory or diverged
	 */
	record Entry(Observation observation, int index, double loss, boolean pruned, boolean infeasible) {

	}

	/**
	 * The good trials and the bad ones, each oldest first.
	 *
	 * @param good the best trials
	 * @param bad the others
	 * @param ranked the good and bad trials, best first
	 */
	record Split(List<Entry> good, List<Entry> bad, List<Entry> ranked) {

	}

}
