package dev.hparamadvisor.recommendation;

import java.util.List;
import java.util.Random;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.EstimateRequest.ModelSpec;
import dev.hparamadvisor.validation.ConfigValidator;
import dev.hparamadvisor.validation.Finding;
import dev.hparamadvisor.validation.Severity;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any scenario that passes Bean Validation is either recommended for or refused as
 * {@link InvalidScenario}; nothing else is thrown, every number of the plan is finite,
 * and the real validator finds no ERROR in the recommendation with the scenario as
 * context. Jazzer fuzzes it with {@code JAZZER_FUZZ=1}; {@code ./mvnw verify} runs its
 * saved inputs, and a seeded random sample runs every build.
 */
class RecommendationFuzzTests {

	static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	static final Validator BEANS = FACTORY.getValidator();

	static final Recommender RECOMMENDER = new Recommender(BundledCatalogue.get());

	static final ConfigValidator VALIDATOR = new ConfigValidator(BundledCatalogue.get());

	interface Source {

		long longIn(long min, long max);

		boolean bool();

		default int intIn(int min, int max) {
			return (int) longIn(min, max);
		}

	}

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@FuzzTest(maxDuration = "60s")
	void validScenariosAreRecommendedWithoutAnError(FuzzedDataProvider data) {
		check(request(new Source() {
			public long longIn(long min, long max) {
				return data.consumeLong(min, max);
			}

			public boolean bool() {
				return data.consumeBoolean();
			}
		}));
	}

	@Test
	void aSeededSampleOfScenariosIsRecommendedWithoutAnError() {
		Random random = new Random(20261126);
		Source source = new Source() {
			public long longIn(long min, long max) {
				// half the draws near the bounds, where arithmetic breaks first
				double span = (double) max - min;
				return random.nextBoolean() ? min + (long) (Math.pow(random.nextDouble(), 4) * span)
						: random.nextBoolean() ? Math.min(max, min + random.nextInt(8))
								: Math.max(min, max - random.nextInt(8));
			}

			public boolean bool() {
				return random.nextBoolean();
			}
		};
		int recommended = 0;
		for (int i = 0; i < 3_000; i++) {
			recommended += check(request(source)) ? 1 : 0;
		}
		assertThat(recommended).as("scenarios recommended for, not refused").isGreaterThan(500);
	}

	static RecommendRequest request(Source s) {
		ModelSpec model = switch (s.intIn(0, 2)) {
			case 0 -> Requests.preset(pick(s, "llama-3.1-8b", "qwen2.5-0.5b", "llama-3.1-70b", "tinyllama",
					"phi-3-mini", "gemma-2b", "qwen2.5-72b", "nope"));
			case 1 -> Requests.parameters((double) s.longIn(-1, 10_000_000_000_000L));
			default -> new ModelSpec(null, null, s.intIn(-1, 16384), s.intIn(-1, 200), s.intIn(-1, 128),
					s.bool() ? null : s.intIn(-1, 64), s.intIn(-1, 65536), s.intIn(-1, 300_000), s.bool(), s.bool());
		};
		Integer p95 = s.bool() ? null : s.intIn(-1, 1 << 24);
		RecommendRequest.Hardware hardware = s.bool() ? null
				: new RecommendRequest.Hardware(s.bool() ? null : pick(s, "h100", "a10g", "rtx-4090", "mi300x", "tpu"),
						s.bool() ? null : s.longIn(-1, 2_000_000) / 10.0, s.bool() ? null : s.intIn(-1, 2000));
		return new RecommendRequest(Task.values()[s.intIn(0, Task.values().length - 1)],
				s.bool() ? null : MethodChoice.values()[s.intIn(0, 3)], model,
				new RecommendRequest.Dataset(s.longIn(-1, RecommendRequest.MAX_EXAMPLES), s.intIn(-1, 1 << 24), p95),
				hardware, s.bool() ? null : Priority.values()[s.intIn(0, 2)]);
	}

	static String pick(Source s, String... values) {
		return values[s.intIn(0, values.length - 1)];
	}

	/** Whether the scenario was recommended for (rather than refused). */
	static boolean check(RecommendRequest request) {
		if (!BEANS.validate(request).isEmpty()) {
			return false;
		}
		RecommendResponse response;
		try {
			response = RECOMMENDER.recommend(request);
		}
		catch (InvalidScenario ex) {
			assertThat(ex.errors()).isNotEmpty();
			return false;
		}
		Plan plan = response.plan();
		assertThat(List.of(plan.memory().peakGib(), plan.memory().requiredWithMarginGib(), plan.epochs(),
				(double) plan.totalSteps(), (double) plan.effectiveBatchSize()))
			.as("%s", request)
			.allSatisfy((n) -> assertThat(n).isFinite().isPositive());
		assertThat(response.recommendations()).hasSizeGreaterThanOrEqualTo(19);
		List<Finding> errors = VALIDATOR.validateValues(response.configuration(), response.validationContext())
			.findings()
			.stream()
			.filter((f) -> f.severity() == Severity.ERROR)
			.toList();
		assertThat(errors).as("%s", request).isEmpty();
		return true;
	}

}
