package dev.hparamadvisor.dialect;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A parameter set a second time under another of the vocabulary's names ({@code lr}
 * beside {@code learning_rate}), where no tool's precedence decides between the two: the
 * value of {@code kept} stays, this one is dropped. Two keys of a tool's own table that
 * set one parameter are that tool's precedence instead, and only noted.
 *
 * @param id the parameter
 * @param path the key path whose value was dropped, as written
 * @param value the dropped value
 * @param kept the key path whose value stays
 */
public record Duplicate(@JsonProperty("id") String id, @JsonProperty("path") String path,
		@JsonProperty("value") JsonNode value, @JsonProperty("kept") String kept) {
}
