package dev.hparamadvisor.studies.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import dev.hparamadvisor.studies.sampling.Observation.Outcome;

/**
 * The trials a sampler learns from, in the order observed, and how they rank. Completed
 * and pruned trials rank by value (a pruned trial after a completed one of the same
 * value: its value is a last report, not a final one); infeasible trials, and trials
 * whose value is NaN (a diverged run), rank after all of them, so they always fall in the
 * "bad" group and their region is avoided; failed trials say nothing about their region
 * and are left out. Optuna ranks every pruned trial after every completed one
 * ({@code _get_observation_pairs}); ranking by value keeps a good pruned trial useful
 * when few trials have completed.
 *
 * @param entries the trials, oldest first, failed ones left out
 * @param valued how many have a usable value (the rest are infeasible)
 */
record RankedHistory(List<Entry> entries, int valued) {

	static final Comparator<Entry> BEST_FIRST = (a, b) -> {
		int order = Boolean.compare(a.infeasible(), b.infeasible());
		order = (order != 0) ? order : Double.compare(a.loss(), b.loss());
		order = (order != 0) ? order : Boolean.compare(a.pruned(), b.pruned());
		return (order != 0) ? order : Integer.compare(a.index(), b.index());
	};

	static RankedHistory of(List<Observation> history, boolean maximize) {
		List<Entry> entries = new ArrayList<>(history.size());
		int valued = 0;
		int i = 0;
		for (Observation observation : history) {
			Outcome outcome = observation.outcome();
			if (outcome != Outcome.FAILED) {
				boolean infeasible = outcome == Outcome.INFEASIBLE || Double.isNaN(observation.value());
				double loss = infeasible ? Double.POSITIVE_INFINITY
						: (maximize ? -observation.value() : observation.value());
				entries.add(new Entry(observation, i, loss, outcome == Outcome.PRUNED, infeasible));
				valued += infeasible ? 0 : 1;
			}
			i++;
		}
		return new RankedHistory(entries, valued);
	}

	int size() {
		return this.entries.size();
	}

	/**
	 * The best {@code count} trials and the rest, each in the order they were observed;
	 * of the rest, only the most recent {@code maxRest} are kept. Costs one pass and a
	 * sort of what is kept, however long the history.
	 */
	Split split(int count, int maxRest) {
		List<Entry> best = new ArrayList<>(count + 1);
		for (Entry entry : this.entries) {
			if (best.size() < count || (count > 0 && BEST_FIRST.compare(entry, best.get(count - 1)) < 0)) {
				int at = best.size();
				while (at > 0 && BEST_FIRST.compare(entry, best.get(at - 1)) < 0) {
					at--;
				}
				best.add(at, entry);
				if (best.size() > count) {
					best.remove(count);
				}
			}
		}
		List<Entry> good = new ArrayList<>(best);
		good.sort(Comparator.comparingInt(Entry::index));
		List<Entry> bad = new ArrayList<>(Math.min(maxRest, this.entries.size()));
		int goodIndex = good.size() - 1;
		for (int i = this.entries.size() - 1; i >= 0 && bad.size() < maxRest; i--) {
			Entry entry = this.entries.get(i);
			while (goodIndex >= 0 && good.get(goodIndex).index() > entry.index()) {
				goodIndex--;
			}
			if (goodIndex < 0 || good.get(goodIndex) != entry) {
				bad.add(entry);
			}
		}
		Collections.reverse(bad);
		List<Entry> ranked = new ArrayList<>(good.size() + bad.size());
		ranked.addAll(best);
		List<Entry> badRanked = new ArrayList<>(bad);
		badRanked.sort(BEST_FIRST);
		ranked.addAll(badRanked);
		return new Split(good, bad, ranked);
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
	 * @param bad the others (the most recent of them)
	 * @param ranked the good and bad trials, best first
	 */
	record Split(List<Entry> good, List<Entry> bad, List<Entry> ranked) {

	}

}
