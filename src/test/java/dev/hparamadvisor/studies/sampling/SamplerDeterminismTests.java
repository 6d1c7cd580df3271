package dev.hparamadvisor.studies.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.hparamadvisor.studies.sampling.Observation.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same space, history, direction, seed and trial number give the same point, from any
 * thread; another trial number or seed gives another.
 */
class SamplerDeterminismTests {

	private static final SearchSpace SPACE = SamplerBoundsTests.SPACE;

	@ParameterizedTest
	@EnumSource(SamplerKind.class)
	void theSameArgumentsGiveTheSamePoint(SamplerKind kind) {
		List<Observation> history = history(kind, 25);
		Sampler sampler = Samplers.of(kind);
		Map<String, Object> first = sampler.suggest(SPACE, history, false, 42, 25);
		assertThat(sampler.suggest(SPACE, List.copyOf(history), false, 42, 25)).isEqualTo(first);
		assertThat(sampler.suggest(SPACE, history, false, 43, 25)).isNotEqualTo(first);
		assertThat(sampler.suggest(SPACE, history, false, 42, 26)).isNotEqualTo(first);
	}

	@ParameterizedTest
	@EnumSource(SamplerKind.class)
	void concurrentAsksGiveWhatSequentialOnesGive(SamplerKind kind) {
		List<Observation> history = history(kind, 15);
		Sampler sampler = Samplers.of(kind);
		List<Map<String, Object>> sequential = IntStream.range(0, 64)
			.mapToObj((i) -> sampler.suggest(SPACE, history, false, i, 15))
			.toList();
		List<Map<String, Object>> parallel = IntStream.range(0, 64)
			.parallel()
			.mapToObj((i) -> sampler.suggest(SPACE, history, false, i, 15))
			.toList();
		assertThat(parallel).isEqualTo(sequential);
	}

	@ParameterizedTest
	@EnumSource(value = SamplerKind.class, names = { "ADVISED", "TPE" })
	void maximizingAValueIsMinimizingItsNegation(SamplerKind kind) {
		Sampler sampler = Samplers.of(kind);
		List<Observation> minimizing = new ArrayList<>();
		List<Observation> maximizing = new ArrayList<>();
		for (int trial = 0; trial < 25; trial++) {
			Map<String, Object> point = sampler.suggest(SPACE, minimizing, false, 7, trial);
			assertThat(sampler.suggest(SPACE, maximizing, true, 7, trial)).isEqualTo(point);
			double loss = Math.abs(Math.log10(StudyRun.number(point, "learning_rate")) + 4);
			minimizing.add(new Observation(point, Outcome.COMPLETED, loss));
			maximizing.add(new Observation(point, Outcome.COMPLETED, -loss));
		}
	}

	private static List<Observation> history(SamplerKind kind, int size) {
		return StudyRun.history(Samplers.of(kind), SPACE,
				(p) -> StudyRun.completed(p, (q) -> StudyRun.number(q, "warmup_ratio")), 3, size);
	}

}
