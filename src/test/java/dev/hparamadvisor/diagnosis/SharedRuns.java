package dev.hparamadvisor.diagnosis;

import java.nio.file.Path;
import java.util.List;

/**
 * The real {@code trainer_state.json} files under {@code ../shared/data/trainer-states/}
 * (Surefire sets {@code shared.dir}); tests that need them skip with a message when they
 * are absent. They are read in place, never copied into the repository.
 */
final class SharedRuns {

	static final RunFiles FILES = new RunFiles(
			Path.of(System.getProperty("shared.dir", "../shared"), "data", "trainer-states"), "set -Dshared.dir");

	private SharedRuns() {
	}

	static List<Path> all() {
		return FILES.all();
	}

	/** The file whose name starts with the prefix. */
	static Path named(String prefix) {
		return FILES.named(prefix);
	}

	static byte[] bytes(Path file) {
		return RunFiles.bytes(file);
	}

}
