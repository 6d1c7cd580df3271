package dev.hparamadvisor.studies.sampling;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.studies.sampling.Observation.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankedHistoryTests {

	private static Observation trial(int id, Outcome outcome, double value) {
		return new Observation(Map.of("id", (long) id), outcome, value);
	}

	private static List<Object> ids(List<RankedHistory.Entry> entries) {
		return entries.stream().map((e) -> e.observation().parameters().get("id")).toList();
	}

	@Test
	void prunedRankByValueAfterCompletedOfTheSameValueAndInfeasibleAndNaNLast() {
		RankedHistory ranked = RankedHistory.of(List.of(trial(0, Outcome.PRUNED, 1.0), trial(1, Outcome.INFEASIBLE, 0),
				trial(2, Outcome.COMPLETED, 1.0), trial(3, Outcome.FAILED, 0.0), trial(4, Outcome.PRUNED, 0.5),
				trial(5, Outcome.COMPLETED, Double.NaN), trial(6, Outcome.COMPLETED, 2.0)), false);
		assertThat(ids(ranked.split(2, 10).ranked())).containsExactly(4L, 2L, 0L, 6L, 1L, 5L);
		assertThat(ids(ranked.split(2, 10).good())).containsExactly(2L, 4L);
		assertThat(ranked.valued()).isEqualTo(4);
	}

	@Test
	void maximizingRanksTheLargestFirst() {
		RankedHistory ranked = RankedHistory.of(
				List.of(trial(0, Outcome.COMPLETED, 1), trial(1, Outcome.COMPLETED, 3), trial(2, Outcome.COMPLETED, 2)),
				true);
		assertThat(ids(ranked.split(1, 10).ranked())).containsExactly(1L, 2L, 0L);
	}

	@Test
	void theSplitKeepsTheBestAndTheMostRecentOfTheRestInTheOrderObserved() {
		RankedHistory ranked = RankedHistory.of(List.of(trial(0, Outcome.COMPLETED, 5), trial(1, Outcome.COMPLETED, 1),
				trial(2, Outcome.COMPLETED, 4), trial(3, Outcome.COMPLETED, 3), trial(4, Outcome.COMPLETED, 0)), false);
		RankedHistory.Split split = ranked.split(2, 2);
		assertThat(ids(split.good())).containsExactly(1L, 4L);
		assertThat(ids(split.bad())).containsExactly(2L, 3L);
		assertThat(ids(split.ranked())).containsExactly(4L, 1L, 3L, 2L);
	}

}
