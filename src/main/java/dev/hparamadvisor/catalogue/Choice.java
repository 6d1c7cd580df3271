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
 * @param serves what the choice is for, where that matters (a loss: the tasks it serves,
 * by their JSON names, or {@value #REGRESSION} for a numeric target); empty when any
 */
public record Choice(@JsonProperty("value") String value, @JsonProperty("aliases") List<String> aliases,
		@JsonProperty("summary") String summary, @JsonProperty("sources") List<String> sources,
		@JsonProperty("serves") List<String> serves) {

	/** A numeric target (a score, a rating): what regression losses serve. */
	public static final String REGRESSION = "regression";

	public Choice {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		serves = (serves != null) ? List.copyOf(serves) : List.of();
	}

	public Choice(String value, List<String> aliases, String summary, List<String> sources) {
		this(value, aliases, summary, sources, List.of());
	}

	/**
	 * Whether the choice serves a target (a task's JSON name or {@value #REGRESSION}).
	 */
	public boolean serves(String target) {
		return this.serves.isEmpty() || this.serves.contains(target);
	}

}
