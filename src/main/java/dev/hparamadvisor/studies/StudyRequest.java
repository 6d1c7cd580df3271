package dev.hparamadvisor.studies;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.recommendation.RecommendRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v1/studies}.
 *
 * @param name a name for people
 * @param objective the metric and whether lower or higher is better
 * @param scenario the training scenario, as {@code POST /v1/recommend} takes it; every
 * parameter left out of the space is fixed at its recommended value
 * @param space parameter name (id or alias) to the range searched; may be left out with a
 * scenario, to search the recommender's own ranges for the most influential knobs
 * @param budget how many trials in all and at once
 * @param sampler advised (default), tpe or random
 * @param seed the seed of the sampler; 0 when absent
 * @param pruner median (default), successive_halving or none
 */
public record StudyRequest(
		@JsonProperty("name") @NotBlank @Size(max = 200) @Schema(example = "llama8b-lora-chat") String name,
		@JsonProperty("objective") @NotNull @Valid Objective objective,
		@JsonProperty("scenario") @Valid @Nullable RecommendRequest scenario,
		@JsonProperty("space") @Size(max = MAX_DIMENSIONS) @Nullable Map<String, @Valid DimensionSpec> space,
		@JsonProperty("budget") @NotNull @Valid Budget budget, @JsonProperty("sampler") @Nullable StudySampler sampler,
		@JsonProperty("seed") @Nullable Long seed, @JsonProperty("pruner") @Nullable PrunerKind pruner) {

	/** The most dimensions a study may search. */
	public static final int MAX_DIMENSIONS = 32;

	/** The most trials a study may run. */
	public static final int MAX_TRIALS = 100_000;

	/**
	 * What the trials are judged by.
	 *
	 * @param metric the metric's name, as the workers report it
	 * @param goal minimize or maximize
	 */
	public record Objective(
			@JsonProperty("metric") @NotBlank @Size(max = 100) @Schema(example = "eval_loss") String metric,
			@JsonProperty("goal") @NotNull Goal goal) {
	}

	/**
	 * How many trials.
	 *
	 * @param maxTrials trials in all (an expired trial does not count)
	 * @param maxParallel trials running at once
	 */
	public record Budget(@JsonProperty("max_trials") @NotNull @Positive @Max(MAX_TRIALS) Integer maxTrials,
			@JsonProperty("max_parallel") @NotNull @Positive @Max(MAX_TRIALS) Integer maxParallel) {
	}

	/**
	 * One searched range.
	 *
	 * @param type float, int or choice
	 * @param min the lower bound, inclusive (numbers)
	 * @param max the upper bound, inclusive (numbers)
	 * @param scale log or linear (numbers; linear when absent)
	 * @param choices the values to choose from (choice)
	 */
	public record DimensionSpec(@JsonProperty("type") @NotNull DimensionType type,
			@JsonProperty("min") @Nullable Double min, @JsonProperty("max") @Nullable Double max,
			@JsonProperty("scale") @Nullable DimensionScale scale,
			@JsonProperty("choices") @Size(max = 100) @Nullable List<@NotBlank @Size(max = 100) String> choices) {
	}

	/** What a searched parameter holds. */
	public enum DimensionType {

		@JsonProperty("float")
		FLOAT, @JsonProperty("int")
		INT, @JsonProperty("choice")
		CHOICE

	}

	/** How a numeric range is searched. */
	public enum DimensionScale {

		@JsonProperty("linear")
		LINEAR, @JsonProperty("log")
		LOG

	}

	/** Whether lower or higher values of the metric are better. */
	public enum Goal {

		@JsonProperty("minimize")
		MINIMIZE, @JsonProperty("maximize")
		MAXIMIZE

	}

}
