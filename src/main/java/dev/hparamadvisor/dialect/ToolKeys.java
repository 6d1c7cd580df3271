package dev.hparamadvisor.dialect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.hparamadvisor.catalogue.Names;

/**
 * Every key each tool accepts in its configuration, whether or not the catalogue models
 * it, so that a key the tool reads is never called a typo. Loaded once from
 * {@code dialect/<tool>-keys.txt} on the class path; each file names the source it was
 * read from (repository, path, version). A key inside a torchtune object that names a
 * {@code _component_} is that component's argument, and accepted by structure.
 */
final class ToolKeys {

	private static final Map<Dialect, String> FILES = Map.of(Dialect.HUGGINGFACE, "huggingface", Dialect.AXOLOTL,
			"axolotl", Dialect.LLAMA_FACTORY, "llamafactory", Dialect.TORCHTUNE, "torchtune");

	private static final ToolKeys BUNDLED = load();

	private final Map<Dialect, Set<String>> keys;

	private final Set<String> any;

	private ToolKeys(Map<Dialect, Set<String>> keys) {
		this.keys = keys;
		Set<String> union = new HashSet<>();
		keys.values().forEach(union::addAll);
		this.any = Set.copyOf(union);
	}

	/** The key sets bundled with the service. */
	static ToolKeys bundled() {
		return BUNDLED;
	}

	/**
	 * Whether the tool of a dialect accepts a normalized key path; in the canonical
	 * dialect (no tool named or detected), whether any tool does.
	 */
	boolean accepts(Dialect dialect, String path) {
		Set<String> known = (dialect == Dialect.CANONICAL) ? this.any : this.keys.get(dialect);
		return known != null && known.contains(path);
	}

	/** Whether any tool accepts a normalized key path. */
	boolean acceptedByAny(String path) {
		return this.any.contains(path);
	}

	/** How many keys the tool of a dialect is known to accept. */
	int size(Dialect dialect) {
		return this.keys.getOrDefault(dialect, Set.of()).size();
	}

	private static ToolKeys load() {
		Map<Dialect, Set<String>> keys = new EnumMap<>(Dialect.class);
		FILES.forEach((dialect, name) -> keys.put(dialect, Set.copyOf(read("dialect/" + name + "-keys.txt"))));
		return new ToolKeys(keys);
	}

	private static Set<String> read(String resource) {
		Set<String> keys = new HashSet<>();
		try (InputStream in = ToolKeys.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing key list " + resource);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String key = line.strip();
				if (!key.isEmpty() && !key.startsWith("#")) {
					keys.add(Names.normalize(key));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keys;
	}

}
