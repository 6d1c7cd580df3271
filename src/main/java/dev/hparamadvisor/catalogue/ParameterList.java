package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code GET /v1/parameters}: the matching entries in the catalogue's
 * order, and the sources they cite.
 *
 * @param count how many entries match
 * @param parameters the entries
 * @param sources the works the entries cite, by id
 */
record ParameterList(@JsonProperty("count") int count, @JsonProperty("parameters") List<Hyperparameter> parameters,
		@JsonProperty("sources") List<Source> sources) {

}
