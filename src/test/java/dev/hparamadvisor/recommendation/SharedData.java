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
		Path file = Path.of(System.getProperty("shared.dir", "../shared"), "data", name);
		assumeTrue(Files.isRegularFile(file), () -> file + " is not there; skipped");
		try {
			return Files.readAllLines(file).stream().filter((l) -> !l.isBlank()).map(MAPPER::readTree).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
