package dev.hparamadvisor.dialect;

import java.util.Set;
import java.util.stream.Collectors;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Hyperparameter;
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
 * because users mix. A key no tool defines is {@code unknown} when its name looks like a
 * hyperparameter and {@code ignored} otherwise. Stateless and thread-safe.
 */
public class DialectReader {

	private final KeyTable table;

	private final Set<String> entryIds;

	/**
	 * A reader of the catalogue's vocabulary.
	 * @param catalogue the catalogue whose ids and aliases the reader maps keys to
	 * @throws IllegalStateException when a tool's key maps to a name outside the
	 * catalogue's vocabulary
	 */
	public DialectReader(Catalogue catalogue) {
		this.table = new KeyTable(catalogue.vocabulary());
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
		if (!configuration.isObject()) {
			throw new UnreadableConfiguration(Problem.NOT_AN_OBJECT,
					"A configuration is an object of names to values, not " + describe(configuration));
		}
		Detection detection = (dialect != null) ? null : DialectDetection.detect(configuration, this.entryIds);
		Dialect read = (dialect != null) ? dialect : detection.dialect();
		Reading reading = new Reading(this.table, read, configuration);
		if (detection != null) {
			reading.note(Code.DETECTED, "", detection.describe());
		}
		reading.walk(configuration, "", 0);
		ContextHints hints = HintReading.read(configuration, read, reading.values);
		return new ReadConfiguration(read, detection != null, reading.values, reading.rawNames, reading.ignored,
				reading.unknown, reading.notes, hints);
	}

	private static String describe(JsonNode node) {
		if (node.isArray()) {
			return "a list";
		}
		return node.isNull() || node.isMissingNode() ? "nothing" : "a single value";
	}

}
