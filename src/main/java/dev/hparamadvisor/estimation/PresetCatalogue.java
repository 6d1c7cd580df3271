package dev.hparamadvisor.estimation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code estimation/presets.yaml} once, and matches names the way people write
 * them: case, separators and an organisation prefix do not matter.
 */
final class PresetCatalogue {

	record File(List<ModelPreset> models, List<Gpu> gpus) {
	}

	private static final String RESOURCE = "/estimation/presets.yaml";

	private static volatile File loaded;

	private PresetCatalogue() {
	}

	static File builtIn() {
		File file = loaded;
		if (file == null) {
			file = read();
			loaded = file;
		}
		return file;
	}

	private static File read() {
		ObjectMapper yaml = YAMLMapper.builder().build();
		try (InputStream in = PresetCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return yaml.readValue(in, File.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lower case, no organisation prefix, letters, digits and dots only. */
	static String key(String name) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		n = n.substring(n.lastIndexOf('/') + 1);
		StringBuilder kept = new StringBuilder(n.length());
		for (int i = 0; i < n.length(); i++) {
			char c = n.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
				kept.append(c);
			}
		}
		n = kept.toString();
		return n.startsWith("nvidia") ? n.substring("nvidia".length()) : n;
	}

	/** An index of {@code items} by the keys of their id and aliases. */
	static <T> Map<String, T> index(List<T> items, Function<T, String> id, Function<T, List<String>> aliases) {
		Map<String, T> index = new HashMap<>();
		for (T item : items) {
			index.putIfAbsent(key(id.apply(item)), item);
			for (String alias : aliases.apply(item)) {
				index.putIfAbsent(key(alias), item);
			}
		}
		return Map.copyOf(index);
	}

	static <T> Optional<T> find(Map<String, T> index, String name) {
		String k = key(name);
		T found = index.get(k);
		if (found == null && k.endsWith("instruct")) {
			found = index.get(k.substring(0, k.length() - "instruct".length()));
		}
		return Optional.ofNullable(found);
	}

}
