package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.hparamadvisor.estimation.EstimateRequest.GpuSpec;
import dev.hparamadvisor.estimation.EstimateRequest.LoraSpec;
import dev.hparamadvisor.estimation.EstimateRequest.ModelSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any request that passes Bean Validation is either estimated with finite, non-negative
 * numbers or refused as {@link InvalidEstimateRequest}; nothing else is thrown. Jazzer
 * fuzzes it with {@code JAZZER_FUZZ=1}; {@code ./mvnw verify} runs its saved inputs, and
 * a seeded random sample runs every build.
 */
class EstimationFuzzTests {

	static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	static final Validator VALIDATOR = FACTORY.getValidator();

	static final Estimation ESTIMATION = new Estimation();

	interface Source {

		int intIn(int min, int max);

		boolean bool();

	}

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@FuzzTest(maxDuration = "30s")
	void validRequestsGiveFiniteNonNegativeNumbers(FuzzedDataProvider data) {
		check(request(new Source() {
			public int intIn(int min, int max) {
				return data.consumeInt(min, max);
			}

			public boolean bool() {
				return data.consumeBoolean();
			}
		}));
	}

	@Test
	void aSeededSampleOfRequestsGivesFiniteNonNegativeNumbers() {
		Random random = new Random(20261126);
		Source source = new Source() {
			public int intIn(int min, int max) {
				// half the draws near the bounds, where arithmetic breaks first
				return random.nextBoolean() ? min + (int) (random.nextDouble() * ((double) max - min + 1))
						: random.nextBoolean() ? Math.min(max, min + random.nextInt(8))
								: Math.max(min, max - random.nextInt(8));
			}

			public boolean bool() {
				return random.nextBoolean();
			}
		};
		int estimated = 0;
		for (int i = 0; i < 20_000; i++) {
			estimated += check(request(source)) ? 1 : 0;
		}
		assertThat(estimated).as("requests estimated, not refused").isGreaterThan(1_000);
	}

	static EstimateRequest request(Source s) {
		ModelSpec model = switch (s.intIn(0, 2)) {
			case 0 -> new ModelSpec(pick(s, "llama-3.1-8b", "qwen2.5-72b", "gemma-2b", "nope"), null, null, null, null,
					null, null, null, null, null);
			case 1 -> new ModelSpec(null, (double) s.intIn(-1, Integer.MAX_VALUE) * s.intIn(1, 5000), null, null, null,
					null, null, null, null, null);
			default -> new ModelSpec(null, null, size(s, Architecture.MAX_HIDDEN), size(s, Architecture.MAX_LAYERS),
					size(s, 256), s.bool() ? null : size(s, 64), size(s, Architecture.MAX_INTERMEDIATE),
					size(s, Architecture.MAX_VOCAB), s.bool(), s.bool());
		};
		Method method = Method.values()[s.intIn(0, 2)];
		List<String> targets = new ArrayList<>();
		for (int i = s.intIn(0, 3); i > 0; i--) {
			targets.add(pick(s, "all-linear", "q_proj", "v", "down_proj", "w_pack"));
		}
		LoraSpec lora = s.bool() ? null : new LoraSpec(size(s, LoraAdapters.MAX_RANK), s.bool() ? null : targets);
		GpuSpec gpu = s.bool() ? null
				: new GpuSpec(s.bool() ? null : pick(s, "h100", "a10g", "rtx 4090", "mi300x", "tpu"),
						s.bool() ? null : s.intIn(-1, 100_000) / 7.0, s.bool() ? null : size(s, TrainingPlan.MAX_GPUS));
		return new EstimateRequest(model, method, Precision.values()[s.intIn(0, 1)],
				s.bool() ? null : Optimizer.values()[s.intIn(0, 3)], size(s, TrainingPlan.MAX_MICRO_BATCH),
				size(s, TrainingPlan.MAX_SEQUENCE_LENGTH), s.bool(), lora, gpu);
	}

	static Integer size(Source s, int max) {
		return s.intIn(-1, max);
	}

	static String pick(Source s, String... values) {
		return values[s.intIn(0, values.length - 1)];
	}

	/** Whether the request was estimated (rather than refused). */
	static boolean check(EstimateRequest request) {
		if (!VALIDATOR.validate(request).isEmpty()) {
			return false;
		}
		EstimateResponse response;
		try {
			response = ESTIMATION.estimate(request);
		}
		catch (InvalidEstimateRequest ex) {
			assertThat(ex.errors()).isNotEmpty();
			return false;
		}
		EstimateResponse.Breakdown b = response.breakdown();
		List<Double> numbers = new ArrayList<>(
				List.of(response.peakMemoryGib(), response.requiredWithMarginGib(), b.weightsGib(), b.gradientsGib(),
						b.optimizerStatesGib(), b.activationsGib(), b.logitsAndLossGib(), b.frameworkOverheadGib(),
						(double) response.trainableParameters(), (double) response.totalParameters()));
		EstimateResponse.ThroughputView t = response.throughput();
		if (t != null) {
			numbers.addAll(List.of(t.tokensPerSecond(), t.stepSeconds(), t.flopsPerToken(), t.modelFlopsUtilization(),
					(double) t.tokensPerStep()));
		}
		assertThat(numbers).as("%s", request).allSatisfy((n) -> assertThat(n).isFinite().isNotNegative());
		assertThat(response.peakMemoryGib()).isPositive();
		return true;
	}

}
