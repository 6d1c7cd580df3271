package dev.hparamadvisor.dialect;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A configuration read from a tool's dialect into the project's vocabulary.
 * <p>
 * Values stay as written (a string such as {@code "2e-4"} stays a string; coercion is the
 * validator's job) except where the dialect means something else than the canonical name,
 * which is converted and explained in {@link #notes()}. Keys whose value is {@code null}
 * count as not set and appear nowhere.
 *
 * @param dialect the dialect the keys were read in
 * @param detected {@code true} when the dialect was detected from the keys rather than
 * named by the caller
 * @param values id of the catalogue's vocabulary to value, in the order read
 * @param rawNames vocabulary id to the key path as written, for example
 * {@code optimizer.lr} or {@code optimizer.betas[0]}
 * @param ignored key paths that carry no hyperparameter the project models: paths,
 * datasets, logging, infrastructure, model names; an object whose keys are all ignored is
 * listed once by its own path
 * @param unknown keys that look like hyperparameters (see
 * {@link dev.hparamadvisor.catalogue.Names#looksLikeHyperparameter}) but that no
 * supported tool defines and the catalogue does not name, with the closest names it has
 * @param duplicates parameters set a second time under another name, where no tool's
 * precedence decides
 * @param notes conversions and decisions the reader made
 * @param hints what the configuration reveals about its context
 * @param repeatedKeys keys written more than once in one object of the document; the
 * values hold the one written last
 * @param loader how the dialect's tool loads its file, which says whether it takes the
 * last value of a repeated key or refuses the file
 */
public record ReadConfiguration(@JsonProperty("dialect") Dialect dialect, @JsonProperty("detected") boolean detected,
		@JsonProperty("values") Map<String, JsonNode> values, @JsonProperty("raw_names") Map<String, String> rawNames,
		@JsonProperty("ignored") List<String> ignored, @JsonProperty("unknown") List<UnknownKey> unknown,
		@JsonProperty("duplicates") List<Duplicate> duplicates, @JsonProperty("notes") List<DialectNote> notes,
		@JsonProperty("hints") ContextHints hints, @JsonProperty("repeated_keys") List<RepeatedKey> repeatedKeys,
		@JsonProperty("loader") KeyLoader loader) {

	/**
	 * Takes the maps and lists of one reading, which nothing else holds: they are wrapped
	 * unmodifiable, not copied.
	 */
	public ReadConfiguration {
		values = Collections.unmodifiableMap(values);
		rawNames = Collections.unmodifiableMap(rawNames);
		ignored = Collections.unmodifiableList(ignored);
		unknown = Collections.unmodifiableList(unknown);
		duplicates = Collections.unmodifiableList(duplicates);
		notes = Collections.unmodifiableList(notes);
		repeatedKeys = List.copyOf(repeatedKeys);
	}

}
