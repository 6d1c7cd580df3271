package dev.hparamadvisor.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The small logs of our own making under {@code src/test/resources/diagnosis/}.
 */
final class Logs {

	private Logs() {
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	static byte[] bytes(String name) {
		try (InputStream in = Logs.class.getResourceAsStream("/diagnosis/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No test log " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
