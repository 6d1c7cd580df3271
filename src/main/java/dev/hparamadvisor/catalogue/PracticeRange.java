package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A range seen in practice for one context, with its sources.
 *
 * @param label the context in words
 * @param context where the range applies
 * @param min lower end (numeric hyperparameters)
 * @param max upper end (numeric hyperparameters)
 * @param typical the most common value, when there is one
 * @param values the recommended choices (choice hyperparameters)
 * @param sources the evidence
 * @param note remarks, including where judgement was used
 */
public record PracticeRange(@JsonProperty("label") String label, @JsonProperty("context") PracticeContext context,
		@JsonProperty("min") @Nullable Double min, @JsonProperty("max") @Nullable Double max,
		@JsonProperty("typical") @Nullable Double typical, @JsonProperty("values") List<String> values,
		@JsonProperty("sources") List<String> sources, @JsonProperty("note") @Nullable String note) {

	public PracticeRange {
		context = (context != null) ? context : PracticeContext.ANY;
		values = (values != null) ? List.copyOf(values) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	/** Whether the value lies within this range (false for a range without numbers). */
	public boolean contains(double value) {
		return this.min != null && this.max != null && value >= this.min && value <= this.max;
	}

	/** The range as text, such as "1e-05 to 5e-05 (typical 2e-05)". */
	public String describe() {
		if (!this.values.isEmpty()) {
			return String.join(", ", this.values);
		}
		String range = Numbers.format(this.min) + " to " + Numbers.format(this.max);
		return (this.typical != null) ? range + " (typical " + Numbers.format(this.typical) + ")" : range;
	}

}
