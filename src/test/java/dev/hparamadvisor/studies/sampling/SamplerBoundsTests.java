package dev.hparamadvisor.studies.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.hparamadvisor.studies.sampling.Observation.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every sampler answers a value of the right type within each dimension's bounds, over
 * many seeds, histories and degenerate dimensions.
 */
class SamplerBoundsTests {

	static final List<Dimension> DIMENSIONS = List.of(Dimension.floating("learning_rate", 1e-6, 1e-2, true),
			Dimension.floating("warmup_ratio", 0, 0.2, false), Dimension.integer("lora_r", 4, 256, true),
			Dimension.integer("num_train_epochs", 1, 10, false), Dimension.integer("seed_offset", -3, 3, false),
			Dimension.choice("optimizer", List.of("adamw", "lion", "sgd")),
			Dimension.floating("fixed_float", 0.5, 0.5, false), Dimension.integer("fixed_int", 7, 7, true),
			Dimension.choice("only", List.of("one")), Dimension.floating("log_but_zero", 0, 1, true));

	static final SearchSpace SPACE = new SearchSpace(DIMENSIONS,
			Map.of("learning_rate", new DimensionPrior(2e-4, 0.5, Map.of(), "test"), "lora_r",
					new DimensionPrior(16, 0.3, Map.of(), "test"), "warmup_ratio",
					new DimensionPrior(0.03, 0.03, Map.of(), "test"), "num_train_epochs",
					new DimensionPrior(3, 1.5, Map.of(), "test"), "optimizer",
					new DimensionPrior(Double.NaN, Double.NaN, Map.of("adamw", 0.8, "lion", 0.2), "test"),
					"fixed_float", new DimensionPrior(0.5, 0.1, Map.of(), "test"), "log_but_zero",
					new DimensionPrior(0.1, 1, Map.of(), "log prior on a space starting at 0")));

	@ParameterizedTest
	@EnumSource(SamplerKind.class)
	void everyValueIsWithinItsDimension(SamplerKind kind) {
		Sampler sampler = Samplers.of(kind);
		for (int seed = 0; seed < 40; seed++) {
			List<Observation> history = new ArrayList<>();
			SplittableRandom outcomes = new SplittableRandom(seed);
			for (int trial = 0; trial < 30; trial++) {
				Map<String, Object> point = sampler.suggest(SPACE, history, seed % 2 == 0, seed, trial);
				assertWithinBounds(point);
				Outcome outcome = Outcome.values()[outcomes.nextInt(Outcome.values().length)];
				history.add(new Observation(point, outcome, outcomes.nextDouble()));
			}
		}
	}

	@ParameterizedTest
	@EnumSource(SamplerKind.class)
	void aHistoryOfFailuresOrOddValuesStillGivesAPoint(SamplerKind kind) {
		Sampler sampler = Samplers.of(kind);
		List<Observation> failed = new ArrayList<>();
		List<Observation> odd = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			failed.add(new Observation(Map.of("learning_rate", 1e-4), Outcome.FAILED, Double.NaN));
			odd.add(new Observation(Map.of("learning_rate", "not a number", "lora_r", 1_000_000L, "optimizer", "adam",
					"num_train_epochs", Double.NaN), (i % 2 == 0) ? Outcome.COMPLETED : Outcome.INFEASIBLE, i));
		}
		for (int seed = 0; seed < 20; seed++) {
			assertWithinBounds(sampler.suggest(SPACE, failed, false, seed, 30));
			assertWithinBounds(sampler.suggest(SPACE, odd, true, seed, 30));
		}
	}

	@ParameterizedTest
	@EnumSource(SamplerKind.class)
	void aDimensionThatCannotBeSampledIsRefusedWithItsName(SamplerKind kind) {
		SearchSpace noChoices = new SearchSpace(List.of(Dimension.choice("optimizer", List.of())), Map.of());
		SearchSpace reversed = new SearchSpace(List.of(Dimension.floating("lr", 1, 0, false)), Map.of());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Samplers.of(kind).suggest(noChoices, List.of(), false, 1, 0))
			.withMessageContaining("optimizer");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Samplers.of(kind).suggest(reversed, List.of(), false, 1, 0))
			.withMessageContaining("lr");
	}

	static void assertWithinBounds(Map<String, Object> point) {
		assertThat(point).containsOnlyKeys(DIMENSIONS.stream().map(Dimension::name).toList());
		for (Dimension dimension : DIMENSIONS) {
			Object value = point.get(dimension.name());
			switch (dimension.kind()) {
				case FLOAT -> assertThat(value).isInstanceOfSatisfying(Double.class,
						(v) -> assertThat(v).isNotNaN().isBetween(dimension.min(), dimension.max()));
				case INT -> assertThat(value).isInstanceOfSatisfying(Long.class,
						(v) -> assertThat((double) v).isBetween(dimension.min(), dimension.max()));
				case CHOICE -> assertThat(dimension.choices()).contains((String) value);
			}
		}
	}

}
