package dev.hparamadvisor.catalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are compared (one normal form for catalogue names and tools' key paths
 * alike), which unknown names look like hyperparameters, and "did you mean" suggestions
 * by edit distance.
 */
public final class Names {

	private Names() {
	}

	private static final Pattern LEADING_DASHES = Pattern.compile("^-+");

	private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

	private static final Pattern OPENAI_METHOD = Pattern.compile("^method\\.[a-z_]+\\.hyperparameters\\.");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

	private static final List<String> STARTS = List.of("lr", "rate", "batch", "epoch", "dropout", "decay", "warmup",
			"step", "temperature", "top", "penalty", "beta", "eps", "clip", "sched", "optim");

	private static final List<String> ENDS = List.of("lr", "learningrate", "batch", "batchsize", "epoch", "epochs",
			"step", "steps", "dropout", "decay", "warmup", "temperature", "penalty");

	/**
	 * The one form names and key paths are compared in: each dot-separated segment in
	 * snake_case and lower case, without leading dashes, with hyphens and spaces read as
	 * underscores; OpenAI's {@code method.<type>.hyperparameters} read as
	 * {@code hyperparameters}. {@code "Learning-Rate"}, {@code "learningRate"} and
	 * {@code "--learning-rate"} all become {@code "learning_rate"}.
	 */
	public static String normalize(String name) {
		if (isNormal(name)) {
			// the common case, already snake_case: no regular expressions on the hot path
			return name.startsWith("method.") ? OPENAI_METHOD.matcher(name).replaceFirst("hyperparameters.") : name;
		}
		StringBuilder normalized = new StringBuilder(name.length() + 8);
		for (String segment : name.trim().split("\\.", -1)) {
			if (normalized.length() > 0) {
				normalized.append('.');
			}
			String bare = LEADING_DASHES.matcher(segment).replaceFirst("");
			normalized.append(CAMEL.matcher(bare)
				.replaceAll("$1_$2")
				.replace('-', '_')
				.replace(' ', '_')
				.toLowerCase(Locale.ROOT));
		}
		return OPENAI_METHOD.matcher(normalized).replaceFirst("hyperparameters.");
	}

	/** Whether a name is already in normal form; most are, and need no copy. */
	private static boolean isNormal(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a normalized name or key path looks like a hyperparameter: one of the words
	 * of its last segment starts with lr, rate, batch, epoch, dropout, decay, warmup,
	 * step, temperature, top, penalty, beta, eps, clip, sched or optim, or ends with lr,
	 * learningrate, batch, epoch(s), step(s), dropout, decay, warmup, temperature or
	 * penalty. Words, not substrings, so that {@code generate_samples} is not a rate and
	 * {@code early_stopping} is not a top-k.
	 */
	public static boolean looksLikeHyperparameter(String normalized) {
		String leaf = normalized.substring(normalized.lastIndexOf('.') + 1);
		for (String word : NON_WORD.split(leaf)) {
			String bare = TRAILING_DIGITS.matcher(word).replaceFirst("");
			if (STARTS.stream().anyMatch(bare::startsWith) || ENDS.stream().anyMatch(bare::endsWith)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The targets of the candidate names closest to a name, best first.
	 * @param name what was asked for
	 * @param candidates known names (normalized) mapped to what they stand for
	 * @param limit how many to return at most
	 * @return distinct targets whose names are close enough to be a plausible typo
	 */
	public static List<String> closest(String name, Map<String, String> candidates, int limit) {
		String query = normalize(name);
		record Scored(String target, int distance) {
		}
		// a name that holds a known name as whole words with more around it
		// ("gkd_temperature", "mfu_warmup_steps") names another, more specific setting:
		// it is no slip of any spelling of that known one, unless it leaves words out of
		// that spelling ("per_device_batch_size" for per_device_train_batch_size)
		Set<String> held = new java.util.HashSet<>();
		candidates.forEach((key, target) -> {
			if (holdsMore(query, key)) {
				held.add(target);
			}
		});
		Set<String> seen = new LinkedHashSet<>();
		candidates.entrySet()
			.stream()
			.map((e) -> new Scored(e.getValue(),
					(held.contains(e.getValue()) && missingWords(query, e.getKey()) == 0) ? Integer.MAX_VALUE
							: score(query, e.getKey())))
			.filter((s) -> s.distance() <= threshold(query))
			.sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::target))
			.forEach((s) -> seen.add(s.target()));
		return seen.stream().limit(limit).toList();
	}

	/** The closest names among plain candidates, best first. */
	public static List<String> closest(String name, Collection<String> candidates, int limit) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		candidates.forEach((c) -> map.put(normalize(c), c));
		return closest(name, map, limit);
	}

	private static int threshold(String query) {
		// a slip of one or two letters in a short name, about one in four in a long one
		return Math.max(2, query.length() / 4);
	}

	private static int score(String query, String candidate) {
		int missing = missingWords(query, candidate);
		if (missing > 0) {
			// a known name with a word left out: per_device_batch_size for
			// per_device_train_batch_size
			return missing;
		}
		if (query.length() >= 3 && candidate.contains(query)) {
			// a part of a known name: containment halves the distance, so "learning"
			// suggests learning_rate, while "adam" inside "adamw_torchh" stays further
			// away than the one-letter slip "adamw_torch"
			return Math.max(1, levenshtein(query, candidate) / 2);
		}
		return levenshtein(query, candidate);
	}

	private static boolean holdsMore(String query, String candidate) {
		return query.length() > candidate.length() && candidate.length() >= 3 && holdsAsWords(query, candidate);
	}

	/**
	 * Whether a name holds another as whole words with more words around it:
	 * {@code gkd_temperature} holds {@code temperature}; {@code warmup_ration} does not
	 * hold {@code warmup_ratio}.
	 */
	static boolean holdsAsWords(String name, String part) {
		for (int at = name.indexOf(part); at >= 0; at = name.indexOf(part, at + 1)) {
			int end = at + part.length();
			boolean starts = at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1));
			boolean ends = end == name.length() || !Character.isLetterOrDigit(name.charAt(end));
			if (starts && ends) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How many words of a candidate a name leaves out when it has the rest in order, or 0
	 * when it does not.
	 */
	static int missingWords(String name, String candidate) {
		String[] words = NON_WORD.split(name);
		String[] known = NON_WORD.split(candidate);
		if (words.length < 2 || words.length >= known.length) {
			return 0;
		}
		int next = 0;
		for (String word : known) {
			if (next < words.length && word.equals(words[next])) {
				next++;
			}
		}
		return (next == words.length) ? known.length - words.length : 0;
	}

	/** The edit distance between two strings; long inputs are cut to keep this cheap. */
	static int levenshtein(String a, String b) {
		String s = (a.length() > 64) ? a.substring(0, 64) : a;
		String t = (b.length() > 64) ? b.substring(0, 64) : b;
		int[] previous = new int[t.length() + 1];
		int[] current = new int[t.length() + 1];
		for (int j = 0; j <= t.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= s.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= t.length(); j++) {
				int cost = (s.charAt(i - 1) == t.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[t.length()];
	}

}
