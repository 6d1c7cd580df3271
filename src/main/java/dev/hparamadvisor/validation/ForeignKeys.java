package dev.hparamadvisor.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hparamadvisor.dialect.Dialect;
import dev.hparamadvisor.dialect.DialectNote;
import dev.hparamadvisor.dialect.ReadConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * Keys of another tool in a configuration of a tool that ignores keys it does not
 * declare. The reader still reads them (a {@code num_warmup_steps} in an Axolotl file is
 * checked as warmup steps), but the tool does not, so it cannot refuse to start because
 * of them: an ERROR that rests on such a key becomes that code's usual severity, and says
 * why. This holds for Axolotl, whose configuration schema is a set of pydantic models
 * that keep pydantic's default of ignoring undeclared keys, and for torchtune, whose
 * recipes read only the keys they ask for. Hugging Face's argument parser, which TRL's
 * scripts and LLaMA-Factory use, refuses a file with keys it does not use, so there the
 * ERROR stands.
 */
final class ForeignKeys {

	/** The tools that ignore keys they do not declare, by the name a message uses. */
	private static final Map<Dialect, String> IGNORING = Map.of(Dialect.AXOLOTL, "Axolotl", Dialect.TORCHTUNE,
			"torchtune");

	private ForeignKeys() {
	}

	/**
	 * The findings as the tool reads the file: each ERROR about or related to a parameter
	 * read from another tool's key turned into the code's usual severity (at least a
	 * WARNING), and, for Axolotl, each setting it requires that only another tool's key
	 * provides reported as missing, since Axolotl refuses the file for it.
	 * @param findings the rules' findings
	 * @param read what the reader found, with its notes of foreign names
	 * @param c the configuration the rules saw
	 * @return the findings, in the same order, and any requirement after them
	 */
	static List<Finding> asTheToolReadsThem(List<Finding> findings, ReadConfiguration read, Configuration c) {
		String tool = IGNORING.get(read.dialect());
		if (tool == null) {
			return findings;
		}
		Map<String, String> foreign = foreign(read);
		if (foreign.isEmpty()) {
			return findings;
		}
		List<Finding> out = new ArrayList<>(findings.size());
		for (Finding f : findings) {
			String key = (f.severity() == Severity.ERROR) ? onForeignKey(f, foreign) : null;
			if (key == null) {
				out.add(f);
				continue;
			}
			Severity usual = (f.code().severity() == Severity.ERROR) ? Severity.WARNING : f.code().severity();
			out.add(amended(f, usual,
					" But " + key + " is not " + tool + "'s key (it is another tool's spelling of " + foreign.get(key)
							+ "): " + tool + " ignores it and starts, so this is a warning, not a refusal."));
		}
		if (read.dialect() == Dialect.AXOLOTL && AxolotlSchemaRule.trains(c)) {
			Map<String, Object> seen = new java.util.LinkedHashMap<>(c.values());
			foreign.values().forEach(seen::remove);
			Configuration view = new Configuration(seen, c.context(), c.derived(), c.dialect(), c.catalogue());
			for (Finding f : AxolotlSchemaRule.missing(view)) {
				String key = onForeignKey(f, foreign);
				boolean reported = findings.stream()
					.anyMatch((g) -> g.code() == f.code() && g.parameter().equals(f.parameter()));
				if (key != null && !reported) {
					out.add(amended(f, f.severity(), " Here " + foreign.get(key) + " is set only as " + key
							+ ", another tool's spelling that Axolotl does not read."));
				}
			}
		}
		return out;
	}

	/** A finding with another severity and a sentence added to its message. */
	private static Finding amended(Finding f, Severity severity, String sentence) {
		return new Finding(f.parameter(), f.related(), severity, f.code(), f.message() + sentence, f.value(),
				f.expected(), f.suggestion(), f.sources());
	}

	/** Key path as written to the id it was read as, for the keys noted as foreign. */
	private static Map<String, String> foreign(ReadConfiguration read) {
		Set<String> paths = new HashSet<>();
		for (DialectNote note : read.notes()) {
			if (note.code() == DialectNote.Code.FOREIGN_NAME) {
				paths.add(note.path());
			}
		}
		Map<String, String> byPath = new HashMap<>();
		if (!paths.isEmpty()) {
			read.rawNames().forEach((id, path) -> {
				if (paths.contains(path)) {
					byPath.put(path, id);
				}
			});
		}
		return byPath;
	}

	private static @Nullable String onForeignKey(Finding f, Map<String, String> foreign) {
		for (Map.Entry<String, String> e : foreign.entrySet()) {
			if (e.getValue().equals(f.parameter()) || f.related().contains(e.getValue())) {
				return e.getKey();
			}
		}
		return null;
	}

}
