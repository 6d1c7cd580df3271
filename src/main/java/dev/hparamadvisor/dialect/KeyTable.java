package dev.hparamadvisor.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hparamadvisor.catalogue.Vocabulary;
import org.jspecify.annotations.Nullable;

import dev.hparamadvisor.dialect.DialectNote.Code;

/**
 * Every tool's spelling of every parameter, indexed by key path, each mapped to an id of
 * the catalogue's vocabulary and nothing more. Where one path means different things in
 * different tools ({@code batch_size}, {@code max_length}) it has one rule per meaning;
 * the first listed is the meaning used in a dialect that defines none.
 */
final class KeyTable {

	/** Pseudo-target: a {@code [beta1, beta2]} pair. */
	static final String BETAS = "#betas";

	/** Pseudo-target: LLaMA-Factory's inverted {@code disable_gradient_checkpointing}. */
	static final String NO_GRADIENT_CHECKPOINTING = "#no_gradient_checkpointing";

	/**
	 * Pseudo-target: Axolotl's {@code lora_target_linear} flag, which when true puts
	 * adapters on every linear layer ({@code lora_target_modules = "all-linear"}).
	 */
	static final String LORA_TARGET_LINEAR = "#lora_target_linear";

	/** Each pseudo-target with the vocabulary ids it sets. */
	private static final Map<String, List<String>> PSEUDO_TARGETS = Map.of(BETAS, List.of("adam_beta1", "adam_beta2"),
			NO_GRADIENT_CHECKPOINTING, List.of("gradient_checkpointing"), LORA_TARGET_LINEAR,
			List.of("lora_target_modules"));

	private final List<KeyRule> all;

	/**
	 * Each rule's position in {@link #all}, by identity: rank is asked for on every key
	 * read.
	 */
	private final Map<KeyRule, Integer> ranks = new IdentityHashMap<>();

	private final Map<String, List<KeyRule>> byPath;

	/**
	 * The tools' rules, and a rule of the project's own names for every id of the
	 * vocabulary no rule spells as it is.
	 * @param vocabulary the catalogue's vocabulary
	 * @throws IllegalStateException when a rule maps a key to a name outside the
	 * vocabulary
	 */
	KeyTable(Vocabulary vocabulary) {
		List<KeyRule> rules = new ArrayList<>(TrainingKeys.RULES);
		rules.addAll(GenerationKeys.RULES);
		List<String> unknown = unknownTargets(rules, vocabulary);
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("Key rules map to names outside the catalogue's vocabulary: " + unknown);
		}
		Set<String> paths = new HashSet<>();
		rules.forEach((rule) -> paths.add(rule.path()));
		vocabulary.ids()
			.stream()
			.filter((id) -> !paths.contains(id))
			.forEach((id) -> rules.add(rule(id, id, of(Dialect.CANONICAL), none())));
		this.all = List.copyOf(rules);
		for (int i = 0; i < this.all.size(); i++) {
			this.ranks.putIfAbsent(this.all.get(i), i);
		}
		Map<String, List<KeyRule>> index = new LinkedHashMap<>();
		this.all.forEach((rule) -> index.computeIfAbsent(rule.path(), (path) -> new ArrayList<>()).add(rule));
		this.byPath = Map.copyOf(index);
	}

	/**
	 * The targets of the tools' rules that are not ids of the vocabulary, with the path
	 * that names each; empty when every rule maps to the vocabulary.
	 */
	static List<String> unknownTargets(List<KeyRule> rules, Vocabulary vocabulary) {
		List<String> unknown = new ArrayList<>();
		for (KeyRule rule : rules) {
			for (String id : PSEUDO_TARGETS.getOrDefault(rule.target(), List.of(rule.target()))) {
				if (!vocabulary.isId(id)) {
					unknown.add(rule.path() + " -> " + id);
				}
			}
		}
		GenerationKeys.TARGETS.stream().filter((id) -> !vocabulary.isId(id)).forEach(unknown::add);
		return unknown;
	}

	/**
	 * The rule for a normalized path in a dialect: the one the dialect defines, else the
	 * path's default meaning.
	 */
	@Nullable KeyRule find(String path, Dialect dialect) {
		List<KeyRule> rules = this.byPath.get(path);
		if (rules == null) {
			return null;
		}
		for (KeyRule rule : rules) {
			if (rule.homes().contains(dialect)) {
				return rule;
			}
		}
		return rules.get(0);
	}

	/** The rule whose path {@link DialectWriter} writes for a target in a dialect. */
	@Nullable KeyRule spelling(String target, Dialect dialect) {
		return this.all.stream()
			.filter((rule) -> rule.target().equals(target) && rule.writes().contains(dialect))
			.findFirst()
			.orElse(null);
	}

	/** Precedence of a rule when two keys set one parameter: lower wins. */
	int rank(KeyRule rule) {
		Integer rank = this.ranks.get(rule);
		return (rank != null) ? rank : this.all.indexOf(rule);
	}

	static KeyRule rule(String path, String target, Set<Dialect> homes, Set<Dialect> writes) {
		return new KeyRule(path, target, homes, writes, null);
	}

	static KeyRule rule(String path, String target, Set<Dialect> homes, Set<Dialect> writes, Code note) {
		return new KeyRule(path, target, homes, writes, note);
	}

	static Set<Dialect> of(Dialect first, Dialect... rest) {
		return Collections.unmodifiableSet(EnumSet.of(first, rest));
	}

	static Set<Dialect> none() {
		return Set.of();
	}

}
