package dev.hparamadvisor.diagnosis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The real {@code trainer_state.json} files under {@code ../shared/data/trainer-states/}
 * (Surefire sets {@code shared.dir}); tests that need them skip with a message when they
 * are absent. They are read in place, never copied into the repository.
 */
final class SharedRuns {

	private SharedRuns() {
	}

	static Path directory() {
		Path dir = Path.of(System.getProperty("shared.dir", "../shared"), "data", "trainer-states");
		Assumptions.assumeTrue(Files.isDirectory(dir),
				() -> "Skipped: real trainer states not found at " + dir.toAbsolutePath() + " (set -Dshared.dir)");
		return dir;
	}

	static List<Path> all() {
		try (Stream<Path> files = Files.list(directory())) {
			return files.filter((f) -> f.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file whose name starts with the prefix. */
	static Path named(String prefix) {
		Path file = all().stream()
			.filter((f) -> f.getFileName().toString().startsWith(prefix))
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(file != null, () -> "Skipped: no trainer state named " + prefix + "*");
		return file;
	}

	static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
