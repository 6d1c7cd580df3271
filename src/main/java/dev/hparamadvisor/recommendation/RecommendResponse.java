package dev.hparamadvisor.recommendation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.estimation.Architecture;
import dev.hparamadvisor.validation.ValidationContext;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /v1/recommend}.
 *
 * @param scenario the scenario as resolved
 * @param recommendations a value for each of the 19 hyperparameters and the companions
 * that matter for the method and task, with range, rationale and sources
 * @param plan how it runs on the hardware
 * @param configuration the values to apply, by canonical name: post it with
 * {@code validation_context} to {@code /v1/validate}
 * @param validationContext the scenario as {@code /v1/validate}'s context
 * @param assumptions what was assumed beyond the request
 */
public record RecommendResponse(@JsonProperty("scenario") ScenarioView scenario,
		@JsonProperty("recommendations") List<RecommendedValue> recommendations, @JsonProperty("plan") Plan plan,
		@JsonProperty("configuration") Map<String, Object> configuration,
		@JsonProperty("validation_context") ValidationContext validationContext,
		@JsonProperty("assumptions") List<String> assumptions) {

	/** The value of one recommendation, by id. */
	public @Nullable Object value(String id) {
		return this.recommendations.stream()
			.filter((r) -> r.id().equals(id))
			.map(RecommendedValue::value)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The scenario as resolved.
	 *
	 * @param task the task
	 * @param method the method asked for
	 * @param priority the priority
	 * @param model the model in words
	 * @param parameters its parameter count
	 * @param architecture its shape
	 * @param contextWindow its context window, when known
	 * @param examples training examples
	 * @param avgTokens average tokens per example
	 * @param p95Tokens 95th percentile of tokens per example, when given
	 * @param hardware the GPUs
	 */
	public record ScenarioView(@JsonProperty("task") String task, @JsonProperty("method") String method,
			@JsonProperty("priority") String priority, @JsonProperty("model") String model,
			@JsonProperty("parameters") long parameters, @JsonProperty("architecture") Architecture architecture,
			@JsonProperty("context_window") @Nullable Integer contextWindow, @JsonProperty("examples") long examples,
			@JsonProperty("avg_tokens") int avgTokens, @JsonProperty("p95_tokens") @Nullable Integer p95Tokens,
			@JsonProperty("hardware") String hardware) {

		static ScenarioView of(Scenario s) {
			return new ScenarioView(s.task().jsonName(), s.method().name().toLowerCase(java.util.Locale.ROOT),
					s.priority().jsonName(), s.model(), s.parameters(), s.architecture(), s.contextWindow(),
					s.examples(), s.avgTokens(), s.p95Tokens(), s.hardware());
		}

	}

}
