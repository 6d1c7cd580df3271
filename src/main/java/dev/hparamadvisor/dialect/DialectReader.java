package dev.hparamadvisor.dialect;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.Vocabulary;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.hparamadvisor.dialect.DialectDetection.Detection;
import dev.hparamadvisor.dialect.DialectNote.Code;
import dev.hparamadvisor.dialect.UnreadableConfiguration.Problem;

/**
 * Reads a configuration written for another tool into the project's vocabulary.
 * <p>
 * Every key is looked up in the dialect's own names first; a key that the dialect does
 * not define but another tool does is still read, with a {@link Code#FOREIGN_NAME} note,
 * because users mix. A key no tool defines is read by the catalogue's names when it looks
 * like a hyperparameter (any key, in the canonical dialect), so that {@code base_lr} is
 * the learning rate; else it is {@code unknown} when its name looks like a hyperparameter
 * and {@code ignored} otherwise. Every key is mapped once, to an id of the catalogue's
 * vocabulary. Stateless and thread-safe.
 */
public class DialectReader {

	private final KeyTable table;

	private final Set<String> entryIds;

	private final Vocabulary vocabulary;

	/**
	 * A reader of the catalogue's vocabulary.
	 * @param catalogue the catalogue whose ids and aliases the reader maps keys to
	 * @throws IllegalStateException when a tool's key maps to a name outside the
	 * catalogue's vocabulary
	 */
	public DialectReader(Catalogue catalogue) {
		this.vocabulary = catalogue.vocabulary();
		this.table = new KeyTable(this.vocabulary);
		this.entryIds = catalogue.all().stream().map(Hyperparameter::id).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Reads a configuration, detecting its dialect from the keys.
	 * @param configuration a parsed JSON or YAML object
	 * @return what was read
	 * @throws UnreadableConfiguration when the configuration is not an object, or is
	 * nested deeper than any configuration is
	 */
	public ReadConfiguration read(JsonNode configuration) {
		return read(configuration, null);
	}

	/**
	 * Reads a configuration in the dialect named, or in the one detected when none is.
	 * @param configuration a parsed JSON or YAML object
	 * @param dialect the dialect the caller named, or {@code null} to detect it
	 * @return what was read
	 * @throws UnreadableConfiguration when the configuration is not an object, or is
	 * nested deeper than any configuration is
	 */
	public ReadConfiguration read(JsonNode configuration, @Nullable Dialect dialect) {
		return read(configuration, dialect, List.of());
	}

	/**
	 * Reads a configuration whose document wrote some keys twice, in the dialect named or
	 * detected; the tree holds the value written last.
	 * @param configuration a parsed JSON or YAML object
	 * @param dialect the dialect the caller named, or {@code null} to detect it
	 * @param repeatedKeys the keys written twice, with paths relative to
	 * {@code configuration}
	 * @return what was read, with the repeated keys and the loader of the dialect's tool
	 * @throws UnreadableConfiguration when the configuration is not an object, or is
	 * nested deeper than any configuration is
	 */
	public ReadConfiguration read(JsonNode configuration, @Nullable Dialect dialect, List<RepeatedKey> repeatedKeys) {
		if (!configuration.isObject()) {
			throw new UnreadableConfiguration(Problem.NOT_AN_OBJECT,
					"A configuration is an object of names to values, not " + describe(configuration));
		}
		Detection detection = (dialect != null) ? null : DialectDetection.detect(configuration, this.entryIds);
		Dialect read = (dialect != null) ? dialect : detection.dialect();
		Reading reading = new Reading(this.table, this.vocabulary, read, configuration);
		if (detection != null) {
			reading.note(Code.DETECTED, "", detection.describe());
		}
		reading.walk(configuration, "", 0);
		ContextHints hints = HintReading.read(configuration, read, reading.values);
		return result(reading, detection != null, hints, repeatedKeys);
	}

	/**
	 * Reads values named in the catalogue's own vocabulary (ids or aliases, in any
	 * spelling), as the recommender and direct callers of the validator give them; no
	 * tool's key table applies. Of two names for one parameter the first is kept, and the
	 * second is a {@link Duplicate}; an unknown name close to a known one, or that looks
	 * like a hyperparameter, is unknown; any other is ignored.
	 * @param values names to values as written, in order
	 * @return what was read, in the canonical dialect
	 */
	public ReadConfiguration readNames(Map<String, JsonNode> values) {
		Reading reading = new Reading(this.vocabulary);
		values.forEach((name, value) -> {
			if (value != null && !value.isNull() && !value.isMissingNode()) {
				reading.name(name, value);
			}
		});
		return result(reading, false, ContextHints.NONE, List.of());
	}

	private static ReadConfiguration result(Reading reading, boolean detected, ContextHints hints,
			List<RepeatedKey> repeatedKeys) {
		return new ReadConfiguration(reading.dialect, detected, reading.values, reading.rawNames, reading.ignored,
				reading.unknown, reading.duplicates, reading.notes, hints, repeatedKeys, KeyLoader.of(reading.dialect));
	}

	private static String describe(JsonNode node) {
		if (node.isArray()) {
			return "a list";
		}
		return node.isNull() || node.isMissingNode() ? "nothing" : "a single value";
	}

}
