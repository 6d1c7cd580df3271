package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A knob that belongs to a hyperparameter, such as the betas of an optimizer or the ratio
 * form of warmup.
 *
 * @param id canonical snake_case name
 * @param name display name
 * @param aliases names tools use for it
 * @param summary what it does
 * @param appliesTo the parent's choices it applies to; empty for all
 * @param valueType the kind of value
 * @param domain the hard domain, for numeric sub-parameters
 * @param ebook the ebook's range, where the ebook gives one
 * @param typical the usual span
 * @param defaultValue the common default
 * @param sources the evidence
 */
public record SubParameter(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("aliases") List<String> aliases, @JsonProperty("summary") String summary,
		@JsonProperty("applies_to") List<String> appliesTo, @JsonProperty("value_type") ValueType valueType,
		@JsonProperty("domain") @Nullable Domain domain, @JsonProperty("ebook") @Nullable EbookRange ebook,
		@JsonProperty("typical") @Nullable Typical typical, @JsonProperty("default") DefaultValue defaultValue,
		@JsonProperty("sources") List<String> sources) {

	public SubParameter {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		appliesTo = (appliesTo != null) ? List.copyOf(appliesTo) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

}
