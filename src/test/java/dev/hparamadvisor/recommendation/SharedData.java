package dev.hparamadvisor.recommendation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The project's shared data, {@code ../shared/data/} (system property
 * {@code shared.dir}), read when it is there; tests that need it are skipped with a
 * message when it is not.
 */
final class SharedData {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private SharedData() {
	}

	static List<JsonNode> jsonLines(String name) {
		Path file = file(name);
		assumeTrue(Files.isRegularFile(file), () -> file + " is not there; skipped");
		return read(file);
	}

	/**
	 * The file's lines when it is there, else none, with a message: for tests that also
	 * run on data of their own.
	 */
	static List<JsonNode> jsonLinesIfPresent(String name) {
		Path file = file(name);
		if (!Files.isRegularFile(file)) {
			System.out.println(file + " is not there; its sources are skipped");
			return List.of();
		}
		return read(file);
	}

	static List<JsonNode> resourceJsonLines(String resource) {
		try (var in = SharedData.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the test classpath");
			}
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter((l) -> !l.isBlank())
				.map(MAPPER::readTree)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path file(String name) {
		return Path.of(System.getProperty("shared.dir", "../shared"), "data", name);
	}

	private static List<JsonNode> read(Path file) {
		try {
			return Files.readAllLines(file).stream().filter((l) -> !l.isBlank()).map(MAPPER::readTree).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
