package dev.hparamadvisor.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.hparamadvisor.dialect.DialectNote.Code;

/**
 * Every known spelling of every parameter, indexed by key path. Where one path means
 * different things in different tools ({@code batch_size}, {@code max_length}) it has one
 * rule per meaning; the first listed is the meaning used in a dialect that defines none.
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

	private static final List<KeyRule> ALL = all();

	/**
	 * Each rule's position in {@link #ALL}, by identity: rank is asked for on every key
	 * read.
	 */
	private static final java.util.Map<KeyRule, Integer> RANKS = ranks();

	private static final java.util.regex.Pattern LEADING_DASHES = java.util.regex.Pattern.compile("^-+");

	private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");

	private static final java.util.regex.Pattern OPENAI_METHOD = java.util.regex.Pattern
		.compile("^method\\.[a-z_]+\\.hyperparameters\\.");

	private static java.util.Map<KeyRule, Integer> ranks() {
		java.util.Map<KeyRule, Integer> ranks = new java.util.IdentityHashMap<>();
		for (int i = 0; i < ALL.size(); i++) {
			ranks.putIfAbsent(ALL.get(i), i);
		}
		return ranks;
	}

	private static final Map<String, List<KeyRule>> BY_PATH = byPath(ALL);

	private KeyTable() {
	}

	/**
	 * The rule for a normalized path in a dialect: the one the dialect defines, else the
	 * path's default meaning.
	 */
	static @Nullable KeyRule find(String path, Dialect dialect) {
		List<KeyRule> rules = BY_PATH.get(path);
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
	static @Nullable KeyRule spelling(String target, Dialect dialect) {
		return ALL.stream()
			.filter((rule) -> rule.target().equals(target) && rule.writes().contains(dialect))
			.findFirst()
			.orElse(null);
	}

	/** Precedence of a rule when two keys set one parameter: lower wins. */
	static int rank(KeyRule rule) {
		Integer rank = RANKS.get(rule);
		return (rank != null) ? rank : ALL.indexOf(rule);
	}

	/**
	 * A key path as the table spells it: each segment in snake_case, lower case, without
	 * leading dashes; OpenAI's {@code method.<type>.hyperparameters} read as
	 * {@code hyperparameters}.
	 */
	static String normalize(String path) {
		StringBuilder normalized = new StringBuilder(path.length() + 8);
		if (isPlain(path)) {
			// the common case, already snake_case: no regular expressions on the hot path
			return path.startsWith("method.") ? OPENAI_METHOD.matcher(path).replaceFirst("hyperparameters.") : path;
		}
		for (String segment : path.split("\\.", -1)) {
			if (normalized.length() > 0) {
				normalized.append('.');
			}
			String bare = LEADING_DASHES.matcher(segment).replaceFirst("");
			normalized.append(CAMEL.matcher(bare).replaceAll("$1_$2").replace('-', '_').toLowerCase(Locale.ROOT));
		}
		return OPENAI_METHOD.matcher(normalized).replaceFirst("hyperparameters.");
	}

	private static boolean isPlain(String path) {
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) {
				return false;
			}
		}
		return !path.isEmpty();
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

	private static List<KeyRule> all() {
		List<KeyRule> rules = new ArrayList<>(TrainingKeys.RULES);
		rules.addAll(GenerationKeys.RULES);
		Stream
			.concat(Stream.of(CanonicalParameter.values()).map(CanonicalParameter::id),
					Stream.of(CompanionParameter.values()).map(CompanionParameter::id))
			.filter((id) -> rules.stream().noneMatch((rule) -> rule.path().equals(id)))
			.forEach((id) -> rules.add(rule(id, id, of(Dialect.CANONICAL), none())));
		return List.copyOf(rules);
	}

	private static Map<String, List<KeyRule>> byPath(List<KeyRule> rules) {
		Map<String, List<KeyRule>> byPath = new LinkedHashMap<>();
		rules.forEach((rule) -> byPath.computeIfAbsent(rule.path(), (path) -> new ArrayList<>()).add(rule));
		return Map.copyOf(byPath);
	}

}
