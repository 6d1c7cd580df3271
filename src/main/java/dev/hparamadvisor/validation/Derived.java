package dev.hparamadvisor.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Quantities that follow from the configuration and its context. Each is absent when a
 * fact it needs is missing.
 *
 * @param effectiveBatchSize examples per optimizer step: micro-batch x accumulation x
 * devices
 * @param stepsPerEpoch optimizer steps in one pass over the data
 * @param totalSteps optimizer steps in the whole run
 * @param warmupSteps warmup in optimizer steps, from steps or from the ratio
 * @param warmupFraction warmup as a fraction of the run
 * @param impliedEpochs passes over the data that {@code max_steps} amounts to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Derived(@JsonProperty("effective_batch_size") @Nullable Long effectiveBatchSize,
		@JsonProperty("steps_per_epoch") @Nullable Long stepsPerEpoch,
		@JsonProperty("total_steps") @Nullable Long totalSteps,
		@JsonProperty("warmup_steps") @Nullable Long warmupSteps,
		@JsonProperty("warmup_fraction") @Nullable Double warmupFraction,
		@JsonProperty("implied_epochs") @Nullable Double impliedEpochs) {

	/**
	 * Works out what follows from the values, the way the Hugging Face Trainer does:
	 * batches per epoch rounded up, optimizer steps per epoch rounded down (at least
	 * one), the run's steps rounded up from fractional epochs, and {@code max_steps > 0}
	 * taking precedence over epochs.
	 */
	static Derived of(java.util.Map<String, Object> values, ValidationContext context) {
		Long micro = whole(values.get("batch_size"));
		Long accumulation = whole(values.get("gradient_accumulation_steps"));
		Long total = whole(values.get("total_batch_size"));
		Long perStep = (micro != null) ? product(micro, Math.max(1, context.devices())) : null;
		if (accumulation == null && total != null && perStep != null) {
			accumulation = Math.max(1, total / perStep);
		}
		long ga = (accumulation != null) ? accumulation : 1;
		Long effective = (perStep != null) ? product(perStep, ga) : total;
		Long stepsPerEpoch = null;
		Long n = context.datasetExamples();
		if (n != null && n > 0 && effective != null) {
			stepsPerEpoch = (perStep != null) ? Math.max(1, ceilDiv(n, perStep) / ga)
					: Math.max(1, ceilDiv(n, effective));
		}
		Double maxSteps = number(values.get("max_steps"));
		Double epochs = number(values.get("num_epochs"));
		Long totalSteps = null;
		if (maxSteps != null && maxSteps > 0) {
			totalSteps = (long) Math.ceil(maxSteps);
		}
		else if (epochs != null && epochs > 0 && stepsPerEpoch != null) {
			totalSteps = (long) Math.ceil(epochs * stepsPerEpoch);
		}
		Long warmup = warmup(values, totalSteps);
		Double fraction = (warmup != null && totalSteps != null && totalSteps > 0) ? (double) warmup / totalSteps
				: null;
		Double implied = (maxSteps != null && maxSteps > 0 && effective != null && n != null && n > 0)
				? maxSteps * effective / n : null;
		return new Derived(effective, stepsPerEpoch, totalSteps, warmup, fraction, implied);
	}

	private static @Nullable Long warmup(java.util.Map<String, Object> values, @Nullable Long totalSteps) {
		Double steps = number(values.get("warmup_steps"));
		if (steps != null && steps >= 1) {
			return (long) Math.floor(steps);
		}
		Double ratio = (steps != null && steps > 0) ? steps : number(values.get("warmup_ratio"));
		if (ratio != null && ratio >= 0 && totalSteps != null) {
			return (long) Math.ceil(ratio * totalSteps);
		}
		return (steps != null && steps == 0) ? 0L : null;
	}

	/** The product, or nothing when it overflows (a fact too large to use). */
	private static @Nullable Long product(long a, long b) {
		try {
			return Math.multiplyExact(a, b);
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	private static long ceilDiv(long a, long b) {
		return -Math.floorDiv(-a, b);
	}

	private static @Nullable Double number(@Nullable Object value) {
		return (value instanceof Number n && Double.isFinite(n.doubleValue())) ? n.doubleValue() : null;
	}

	private static @Nullable Long whole(@Nullable Object value) {
		Double d = number(value);
		return (d != null && d == Math.rint(d) && d >= 1 && d < 1e15) ? d.longValue() : null;
	}

}
