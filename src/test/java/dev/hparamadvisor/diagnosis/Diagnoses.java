package dev.hparamadvisor.diagnosis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The diagnosis as the service builds it, for tests without Spring.
 */
final class Diagnoses {

	static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	static final Diagnosis DIAGNOSIS = new Diagnosis(new DiagnosisLimits(DataSize.ofMegabytes(32)),
			new dev.hparamadvisor.dialect.DialectReader(dev.hparamadvisor.catalogue.BundledCatalogue.get()), VALIDATOR);

	private Diagnoses() {
	}

	static DiagnosisReport of(byte[] body) {
		return DIAGNOSIS.diagnose(new ByteArrayInputStream(body), null);
	}

	static DiagnosisReport of(String body) {
		return of(body.getBytes(StandardCharsets.UTF_8));
	}

	static DiagnosisReport of(String body, @Nullable LogFormat format) {
		return DIAGNOSIS.diagnose(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), format);
	}

	static List<DiagnosisCodes> codes(DiagnosisReport report) {
		return report.findings().stream().map(Finding::code).toList();
	}

	static @Nullable Finding finding(DiagnosisReport report, DiagnosisCodes code) {
		return report.findings().stream().filter((f) -> f.code() == code).findFirst().orElse(null);
	}

}
