package dev.hparamadvisor.studies.sampling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Arbitrary spaces, priors and histories: a sampler either answers a point within every
 * dimension's bounds, or refuses a dimension that cannot be sampled (no choices, bounds
 * not finite or reversed, an integer with fractional bounds) with an
 * IllegalArgumentException. Fuzzes with
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=SamplerFuzzTests}.
 */
class SamplerFuzzTests {

	@FuzzTest(maxDuration = "60s")
	void answersAPointWithinBoundsOrRefusesTheSpace(FuzzedDataProvider data) {
		List<Dimension> dimensions = new ArrayList<>();
		Map<String, DimensionPrior> priors = new HashMap<>();
		int count = data.consumeInt(1, 4);
		for (int i = 0; i < count; i++) {
			String name = "d" + i;
			Dimension.Kind kind = Dimension.Kind.values()[data.consumeInt(0, 2)];
			dimensions.add(switch (kind) {
				case CHOICE -> Dimension.choice(name, List.of("a", "b", "c").subList(0, data.consumeInt(0, 3)));
				case INT -> new Dimension(name, kind, data.consumeRegularDouble(-5, 300),
						data.consumeRegularDouble(-5, 300), data.consumeBoolean(), List.of());
				case FLOAT ->
					Dimension.floating(name, data.consumeDouble(), data.consumeDouble(), data.consumeBoolean());
			});
			if (data.consumeBoolean()) {
				priors.put(name, new DimensionPrior(data.consumeDouble(), data.consumeDouble(),
						Map.of("a", data.consumeDouble(), "c", data.consumeDouble()), "fuzz"));
			}
		}
		SearchSpace space = new SearchSpace(dimensions, priors);
		List<Observation> history = new ArrayList<>();
		int trials = data.consumeInt(0, 40);
		for (int t = 0; t < trials; t++) {
			Map<String, Object> parameters = new HashMap<>();
			for (Dimension dimension : dimensions) {
				switch (data.consumeInt(0, 3)) {
					case 0 -> parameters.put(dimension.name(), data.consumeDouble());
					case 1 -> parameters.put(dimension.name(), data.consumeLong());
					case 2 -> parameters.put(dimension.name(), data.consumeString(4));
					default -> {
					}
				}
			}
			Observation.Outcome outcome = Observation.Outcome.values()[data.consumeInt(0, 3)];
			history.add(new Observation(parameters, outcome, data.consumeDouble()));
		}
		SamplerKind kind = SamplerKind.values()[data.consumeInt(0, 2)];
		boolean maximize = data.consumeBoolean();
		long seed = data.consumeLong();
		int trialNumber = data.consumeInt(0, 1000);
		Sampler sampler = Samplers.of(kind);
		if (dimensions.stream().anyMatch((d) -> !samplable(d))) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> sampler.suggest(space, history, maximize, seed, trialNumber));
			return;
		}
		Map<String, Object> point = sampler.suggest(space, history, maximize, seed, trialNumber);
		assertThat(point).hasSize(dimensions.size());
		for (Dimension dimension : dimensions) {
			Object value = point.get(dimension.name());
			switch (dimension.kind()) {
				case CHOICE -> assertThat(dimension.choices()).contains((String) value);
				case INT ->
					assertThat(within((double) (Long) value, dimension)).as("%s in %s", value, dimension).isTrue();
				case FLOAT -> assertThat(within((Double) value, dimension)).as("%s in %s", value, dimension).isTrue();
			}
		}
	}

	/** Within the bounds as numbers compare (-0.0 equals 0.0), and not NaN. */
	private static boolean within(double value, Dimension dimension) {
		return value >= dimension.min() && value <= dimension.max();
	}

	private static boolean samplable(Dimension dimension) {
		if (dimension.kind() == Dimension.Kind.CHOICE) {
			return !dimension.choices().isEmpty();
		}
		boolean integral = dimension.kind() == Dimension.Kind.FLOAT
				|| (dimension.min() == Math.rint(dimension.min()) && dimension.max() == Math.rint(dimension.max()));
		return Double.isFinite(dimension.min()) && Double.isFinite(dimension.max())
				&& dimension.min() <= dimension.max() && integral;
	}

}
