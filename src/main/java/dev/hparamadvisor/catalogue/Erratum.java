package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A correction to the source ebook.
 *
 * @param summary what is wrong and what the catalogue does about it
 * @param ebookDefinition what the ebook says, paraphrased
 * @param correctDefinition the correct definition
 * @param sources the evidence for the correction
 */
public record Erratum(@JsonProperty("summary") String summary, @JsonProperty("ebook_definition") String ebookDefinition,
		@JsonProperty("correct_definition") String correctDefinition, @JsonProperty("sources") List<String> sources) {

	public Erratum {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

}
