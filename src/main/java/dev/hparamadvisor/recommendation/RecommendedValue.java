package dev.hparamadvisor.recommendation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The recommended value of one hyperparameter or companion setting.
 *
 * @param id canonical id ({@code GET /v1/parameters}) or companion name
 * @param value a number, boolean or choice name
 * @param range what is reasonable for this scenario: the catalogue's practice range for
 * its context, where one applies
 * @param rationale why this value, for this scenario
 * @param sources ids of the works behind it ({@code GET /v1/sources})
 * @param inConfiguration whether the value is in the response's configuration: always
 * true, since every listed value is one to apply and the list as a whole passes
 * {@code /v1/validate} (kept for clients that read it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecommendedValue(@JsonProperty("id") String id,
		@JsonProperty("value") @Schema(example = "0.0002") Object value, @JsonProperty("range") @Nullable Range range,
		@JsonProperty("rationale") String rationale, @JsonProperty("sources") List<String> sources,
		@JsonProperty("in_configuration") boolean inConfiguration) {

	public RecommendedValue {
		sources = List.copyOf(sources);
	}

	/**
	 * A range seen in practice, or the span a recommendation moves in.
	 *
	 * @param label the context in words
	 * @param min lower end, for numbers
	 * @param max upper end, for numbers
	 * @param typical the most common value, when there is one
	 * @param values the recommended choices, for names
	 * @param sources the evidence
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Range(@JsonProperty("label") String label, @JsonProperty("min") @Nullable Double min,
			@JsonProperty("max") @Nullable Double max, @JsonProperty("typical") @Nullable Double typical,
			@JsonProperty("values") List<String> values, @JsonProperty("sources") List<String> sources) {

		public Range {
			values = List.copyOf(values);
			sources = List.copyOf(sources);
		}

	}

}
