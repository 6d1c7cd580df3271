package dev.hparamadvisor.dialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hparamadvisor.catalogue.Names;
import dev.hparamadvisor.catalogue.Term;
import dev.hparamadvisor.catalogue.Vocabulary;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.hparamadvisor.dialect.DialectNote.Code;
import dev.hparamadvisor.dialect.UnreadableConfiguration.Problem;

/**
 * One pass of {@link DialectReader} over one configuration: walks the objects, maps each
 * key once, through {@link KeyTable} and {@link ValueConversions} or else through the
 * catalogue's names, and collects what it found.
 */
final class Reading {

	/** Configurations are shallow; anything deeper than this is not one. */
	static final int MAX_DEPTH = 100;

	/** Precedence of a key read through the catalogue's names: below every key rule. */
	private static final int BY_NAME = Integer.MAX_VALUE;

	final Dialect dialect;

	final Map<String, JsonNode> values = new LinkedHashMap<>();

	final Map<String, String> rawNames = new LinkedHashMap<>();

	final List<String> ignored = new ArrayList<>();

	final List<UnknownKey> unknown = new ArrayList<>();

	final List<Duplicate> duplicates = new ArrayList<>();

	final List<DialectNote> notes = new ArrayList<>();

	/**
	 * The rule that set each target; {@code null} for a key read by the catalogue's name.
	 */
	private final Map<String, @Nullable KeyRule> keptRules = new HashMap<>();

	private final @Nullable ValueConversions conversions;

	private final @Nullable KeyTable table;

	private final Vocabulary vocabulary;

	private int found;

	Reading(KeyTable table, Vocabulary vocabulary, Dialect dialect, JsonNode root) {
		this.table = table;
		this.vocabulary = vocabulary;
		this.dialect = dialect;
		this.conversions = new ValueConversions(this, root);
	}

	/** A reading of names of the vocabulary alone, with no tool's key table. */
	Reading(Vocabulary vocabulary) {
		this.table = null;
		this.vocabulary = vocabulary;
		this.dialect = Dialect.CANONICAL;
		this.conversions = null;
	}

	void walk(JsonNode object, String prefix, int depth) {
		if (depth > MAX_DEPTH) {
			throw new UnreadableConfiguration(Problem.TOO_DEEP,
					"The configuration is nested deeper than " + MAX_DEPTH + " objects at " + prefix);
		}
		for (Map.Entry<String, JsonNode> field : object.properties()) {
			String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
			JsonNode value = field.getValue();
			String key = Names.normalize(path);
			if (value.isNull() || value.isMissingNode()) {
				continue;
			}
			if (KeyKinds.isOpaque(KeyKinds.leaf(key))) {
				this.ignored.add(path);
			}
			else if (value.isObject()) {
				section(value, path, depth);
			}
			else {
				leaf(key, path, value, object.has("_component_"));
			}
		}
	}

	private void section(JsonNode object, String path, int depth) {
		int ignoredBefore = this.ignored.size();
		int foundBefore = this.found;
		walk(object, path, depth + 1);
		if (this.found == foundBefore) {
			this.ignored.subList(ignoredBefore, this.ignored.size()).clear();
			this.ignored.add(path);
		}
	}

	private void leaf(String key, String path, JsonNode value, boolean componentArgument) {
		KeyRule rule = this.table.find(key, this.dialect);
		if (rule == null && key.startsWith("generation_config.")) {
			rule = this.table.find(key.substring("generation_config.".length()), this.dialect);
		}
		if (rule == null && !componentArgument && key.indexOf('.') > 0 && key.indexOf('.') == key.lastIndexOf('.')) {
			// a known name written as a section and a key, as configurations for users'
			// own scripts group them: lora: {dropout: 0.05} for lora_dropout
			rule = this.table.find(key.replace('.', '_'), this.dialect);
			if (rule != null && rule.note() == Code.GLOBAL_BATCH) {
				// train: {batch_size} is a per-device batch as often as a global one
				rule = null;
			}
		}
		if (rule != null) {
			this.conversions.apply(rule, path, value);
			return;
		}
		boolean looksLike = Names.looksLikeHyperparameter(key);
		Optional<Term> term = (looksLike || this.dialect == Dialect.CANONICAL) ? this.vocabulary.term(key)
				: Optional.empty();
		if (term.isPresent()) {
			put(term.get().id(), value, path, null);
		}
		else if (!KeyKinds.isKnownElsewhere(key) && looksLike && !accepted(key, componentArgument)) {
			unknown(path, value);
		}
		else {
			this.ignored.add(path);
		}
	}

	/**
	 * Whether the tool reads this key, though the catalogue does not model it: a key of
	 * the dialect's tool (of any tool when none is named or detected), or an argument of
	 * a torchtune component. Such a key is ignored, never a typo.
	 */
	private boolean accepted(String key, boolean componentArgument) {
		if (componentArgument && (this.dialect == Dialect.TORCHTUNE || this.dialect == Dialect.CANONICAL)) {
			return true;
		}
		return ToolKeys.bundled().accepts(this.dialect, key)
				|| ToolKeys.bundled().accepts(this.dialect, KeyKinds.leaf(key)) && this.dialect != Dialect.TORCHTUNE;
	}

	/**
	 * Reads one value named in the vocabulary's own names, as the recommender and callers
	 * of the validator give them: a name close to a known one, or that looks like a
	 * hyperparameter, is unknown; anything else is ignored.
	 */
	void name(String name, JsonNode value) {
		Optional<Term> term = this.vocabulary.term(name);
		String key = Names.normalize(name);
		if (term.isPresent()) {
			put(term.get().id(), value, name, null);
		}
		else if (!key.isBlank() && (Names.looksLikeHyperparameter(key) || !this.vocabulary.suggest(name).isEmpty())) {
			unknown(name, value);
		}
		else {
			this.ignored.add(name);
		}
	}

	/**
	 * Records a value unless a key of higher precedence already set the target: a key the
	 * dialect defines beats a foreign one, the earlier rule of {@link KeyTable} wins, and
	 * any key rule beats a name of the catalogue. Two keys of the key table are the
	 * tool's precedence, and noted; a name of the catalogue beside another key is the
	 * parameter written twice, and a {@link Duplicate} (the first is kept).
	 * @param rule the key rule, or {@code null} for a name of the catalogue
	 */
	boolean put(String target, JsonNode value, String path, @Nullable KeyRule rule) {
		this.found++;
		if (this.keptRules.containsKey(target)) {
			KeyRule kept = this.keptRules.get(target);
			String keptPath = this.rawNames.get(target);
			boolean replace = rank(rule) < rank(kept);
			if (rule == null || kept == null) {
				this.duplicates.add(replace ? new Duplicate(target, keptPath, this.values.get(target), path)
						: new Duplicate(target, path, value, keptPath));
			}
			else {
				String winner = replace ? path : keptPath;
				note(Code.DUPLICATE, path, path + " and " + keptPath + " both set " + target + "; kept " + winner
						+ ValueConversions.whyKept(replace ? rule : kept));
			}
			if (!replace) {
				return false;
			}
		}
		this.values.put(target, value);
		this.rawNames.put(target, path);
		this.keptRules.put(target, rule);
		return true;
	}

	private int rank(@Nullable KeyRule rule) {
		if (rule == null) {
			return BY_NAME;
		}
		return (rule.homes().contains(this.dialect) || this.dialect == Dialect.CANONICAL) ? this.table.rank(rule)
				: 10_000 + this.table.rank(rule);
	}

	void touch() {
		this.found++;
	}

	void unknown(String path, JsonNode value) {
		this.unknown.add(new UnknownKey(path, value, this.vocabulary.suggest(path)));
		this.found++;
	}

	void note(Code code, String path, String message) {
		this.notes.add(new DialectNote(code, path, message));
	}

}
