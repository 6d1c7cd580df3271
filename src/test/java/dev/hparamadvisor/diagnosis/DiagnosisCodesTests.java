package dev.hparamadvisor.diagnosis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code is documented with its severity and sources in the OpenAPI description and
 * in docs/DIAGNOSIS.md, and every source it cites is in the catalogue's bibliography.
 */
class DiagnosisCodesTests {

	@Test
	void theOperationDescriptionListsEveryCodeWithItsSeverityAndSources() {
		for (DiagnosisCodes code : DiagnosisCodes.values()) {
			assertThat(DiagnosisExamples.DESCRIPTION)
				.contains("`" + code.name() + "` (" + code.severity() + "; " + String.join(", ", code.sources()) + ")");
		}
	}

	@Test
	void everySourceIsInTheBibliography() {
		Catalogue catalogue = BundledCatalogue.get();
		for (DiagnosisCodes code : DiagnosisCodes.values()) {
			assertThat(code.sources()).as(code.name()).allSatisfy((id) -> assertThat(catalogue.source(id)).isPresent());
		}
	}

	@Test
	void theGuideExplainsEveryCode() throws IOException {
		String guide = Files.readString(Path.of("docs", "DIAGNOSIS.md"));
		for (DiagnosisCodes code : DiagnosisCodes.values()) {
			assertThat(guide).contains("### " + code.name());
		}
	}

}
