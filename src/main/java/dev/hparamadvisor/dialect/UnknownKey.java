package dev.hparamadvisor.dialect;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A key that looks like a hyperparameter, or is close to a name of the vocabulary, but
 * that no key table and no name of the catalogue maps.
 *
 * @param path the key path as written
 * @param value its value as written
 * @param suggestions the closest ids of the vocabulary, best first; empty when none is
 * close
 */
public record UnknownKey(@JsonProperty("path") String path, @JsonProperty("value") JsonNode value,
		@JsonProperty("suggestions") List<String> suggestions) {

	public UnknownKey {
		suggestions = List.copyOf(suggestions);
	}

}
