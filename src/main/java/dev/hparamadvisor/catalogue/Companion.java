package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A knob that is neither one of the 19 hyperparameters nor one of their sub-parameters,
 * but that a validation rule, a dialect or an export needs beside them: LoRA rank,
 * evaluation cadence, precision flags, sampling extras.
 *
 * @param id canonical snake_case id
 * @param aliases the names tools give it
 * @param valueType the kind of value
 * @param domain the hard domain, for numbers
 * @param choices the allowed values, for a choice
 * @param summary what it is, in a sentence
 * @param sources the evidence
 */
public record Companion(@JsonProperty("id") String id, @JsonProperty("aliases") List<String> aliases,
		@JsonProperty("value_type") ValueType valueType, @JsonProperty("domain") @Nullable Domain domain,
		@JsonProperty("choices") List<String> choices, @JsonProperty("summary") String summary,
		@JsonProperty("sources") List<String> sources) {

	public Companion {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		choices = (choices != null) ? List.copyOf(choices) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

}
