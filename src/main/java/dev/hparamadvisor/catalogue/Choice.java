package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One allowed value of a choice hyperparameter, with the names tools use for it.
 *
 * @param value the canonical name
 * @param aliases other spellings of the same choice in common tools
 * @param summary what it is, in a sentence
 * @param sources the evidence
 */
public record Choice(@JsonProperty("value") String value, @JsonProperty("aliases") List<String> aliases,
		@JsonProperty("summary") String summary, @JsonProperty("sources") List<String> sources) {

	public Choice {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

}
