package dev.hparamadvisor.dialect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared data directory ({@code ../shared}, set by Surefire as system property
 * {@code shared.dir}); tests that need it skip with a message when it is absent.
 */
final class SharedData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SharedData() {
	}

	static Path data() {
		String dir = System.getProperty("shared.dir", "../shared");
		Path data = Path.of(dir, "data");
		Assumptions.assumeTrue(Files.isDirectory(data),
				() -> "Skipped: shared data not found at " + data.toAbsolutePath() + " (set -Dshared.dir)");
		return data;
	}

	static List<JsonNode> jsonLines(String file) {
		Path path = data().resolve(file);
		Assumptions.assumeTrue(Files.isRegularFile(path), () -> "Skipped: " + path + " not found");
		try {
			return Files.readAllLines(path).stream().filter((line) -> !line.isBlank()).map(JSON::readTree).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
