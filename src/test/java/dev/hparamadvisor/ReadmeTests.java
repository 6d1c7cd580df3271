package dev.hparamadvisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.validation.ValidationCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README stays true: it shows the two commands, every catalogue entry and every
 * finding code.
 */
class ReadmeTests {

	@Test
	void listsTheCommandsEveryEntryAndEveryCode() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).contains("./mvnw spring-boot:run", "./mvnw verify");
		for (Hyperparameter entry : BundledCatalogue.get().all()) {
			assertThat(readme).as("catalogue table").contains("| `" + entry.id() + "` |");
		}
		for (ValidationCodes code : ValidationCodes.values()) {
			assertThat(readme).as("rules table").contains("| `" + code.name() + "` | " + code.severity());
		}
	}

}
