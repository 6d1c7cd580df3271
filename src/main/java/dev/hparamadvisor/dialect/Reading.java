package dev.hparamadvisor.dialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Names;
import tools.jackson.databind.JsonNode;

import dev.hparamadvisor.dialect.DialectNote.Code;
import dev.hparamadvisor.dialect.UnreadableConfiguration.Problem;

/**
 * One pass of {@link DialectReader} over one configuration: walks the objects, maps each
 * key through {@link KeyTable} and {@link ValueConversions}, and collects what it found.
 */
final class Reading {

	/** Configurations are shallow; anything deeper than this is not one. */
	static final int MAX_DEPTH = 100;

	final Dialect dialect;

	final Map<String, JsonNode> values = new LinkedHashMap<>();

	final Map<String, String> rawNames = new LinkedHashMap<>();

	final List<String> ignored = new ArrayList<>();

	final List<String> unknown = new ArrayList<>();

	final List<DialectNote> notes = new ArrayList<>();

	private final Map<String, KeyRule> keptRules = new HashMap<>();

	private final ValueConversions conversions;

	private final KeyTable table;

	private int found;

	Reading(KeyTable table, Dialect dialect, JsonNode root) {
		this.table = table;
		this.dialect = dialect;
		this.conversions = new ValueConversions(this, root);
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
				leaf(key, path, value);
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

	private void leaf(String key, String path, JsonNode value) {
		KeyRule rule = this.table.find(key, this.dialect);
		if (rule == null && key.startsWith("generation_config.")) {
			rule = this.table.find(key.substring("generation_config.".length()), this.dialect);
		}
		if (rule != null) {
			this.conversions.apply(rule, path, value);
		}
		else if (!KeyKinds.isKnownElsewhere(key) && Names.looksLikeHyperparameter(key)) {
			this.unknown.add(path);
			this.found++;
		}
		else {
			this.ignored.add(path);
		}
	}

	/**
	 * Records a value unless a key of higher precedence already set the target: a key the
	 * dialect defines beats a foreign one, then the earlier rule of {@link KeyTable}
	 * wins.
	 */
	boolean put(String target, JsonNode value, String path, KeyRule rule) {
		this.found++;
		KeyRule kept = this.keptRules.get(target);
		if (kept != null) {
			boolean replace = rank(rule) < rank(kept);
			String winner = replace ? path : this.rawNames.get(target);
			note(Code.DUPLICATE, path, path + " and " + this.rawNames.get(target) + " both set " + target + "; kept "
					+ winner + ValueConversions.whyKept(replace ? rule : kept));
			if (!replace) {
				return false;
			}
		}
		this.values.put(target, value);
		this.rawNames.put(target, path);
		this.keptRules.put(target, rule);
		return true;
	}

	private int rank(KeyRule rule) {
		return (rule.homes().contains(this.dialect) || this.dialect == Dialect.CANONICAL) ? this.table.rank(rule)
				: 10_000 + this.table.rank(rule);
	}

	void touch() {
		this.found++;
	}

	void unknown(String path) {
		this.unknown.add(path);
		this.found++;
	}

	void note(Code code, String path, String message) {
		this.notes.add(new DialectNote(code, path, message));
	}

}
