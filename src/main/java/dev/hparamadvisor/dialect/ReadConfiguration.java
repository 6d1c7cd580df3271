package dev.hparamadvisor.dialect;

import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param values canonical or companion name to value, in the order read
 * @param rawNames canonical or companion name to the key path as written, for example
 * {@code optimizer.lr} or {@code optimizer.betas[0]}
 * @param ignored key paths that carry no hyperparameter the project models: paths,
 * datasets, logging, infrastructure, model names; an object whose keys are all ignored is
 * listed once by its own path
 * @param unknown key paths that look like hyperparameters (their name contains lr, rate,
 * batch, epoch, dropout, decay, warmup, step, temperature, top, penalty, beta, eps, clip,
 * sched or optim) but that no supported tool defines
 * @param notes conversions and decisions the reader made
 * @param hints what the configuration reveals about its context
 */
public record ReadConfiguration(@JsonProperty("dialect") Dialect dialect, @JsonProperty("detected") boolean detected,
		@JsonProperty("values") Map<String, JsonNode> values, @JsonProperty("raw_names") Map<String, String> rawNames,
		@JsonProperty("ignored") List<String> ignored, @JsonProperty("unknown") List<String> unknown,
		@JsonProperty("notes") List<DialectNote> notes, @JsonProperty("hints") ContextHints hints) {

	public ReadConfiguration {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		rawNames = Collections.unmodifiableMap(new LinkedHashMap<>(rawNames));
		ignored = List.copyOf(ignored);
		unknown = List.copyOf(unknown);
		notes = List.copyOf(notes);
	}

}
