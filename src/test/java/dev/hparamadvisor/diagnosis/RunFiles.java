package dev.hparamadvisor.diagnosis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A directory of real {@code trainer_state.json} files kept outside the repository (their
 * licences are mostly unknown), read in place. A test that needs them skips with a
 * message when the directory is absent.
 *
 * @param directory where the files are
 * @param howToSet what to set to point the tests at another directory
 */
record RunFiles(Path directory, String howToSet) {

	boolean present() {
		return Files.isDirectory(this.directory);
	}

	/** The directory, or the calling test skipped when it is not there. */
	Path require() {
		Assumptions.assumeTrue(present(), () -> "Skipped: real trainer states not found at "
				+ this.directory.toAbsolutePath().normalize() + " (" + this.howToSet + ")");
		return this.directory;
	}

	/** Every {@code .json} file of the directory, by name. */
	List<Path> all() {
		try (Stream<Path> files = Files.list(require())) {
			return files.filter((f) -> f.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file whose name starts with the prefix; the test skipped when there is none.
	 */
	Path named(String prefix) {
		Path file = all().stream()
			.filter((f) -> f.getFileName().toString().startsWith(prefix))
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(file != null,
				() -> "Skipped: no trainer state named " + prefix + "* in " + this.directory);
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
