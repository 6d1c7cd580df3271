package dev.hparamadvisor.validation;

import dev.hparamadvisor.dialect.ConfigDocument;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /v1/validate} does with a body: read it in its dialect, check every
 * value and combination, count the findings.
 */
final class Validation {

	private final ConfigurationIntake intake;

	private final ConfigValidator validator;

	private final FindingMetrics metrics;

	Validation(ConfigurationIntake intake, ConfigValidator validator, FindingMetrics metrics) {
		this.intake = intake;
		this.validator = validator;
		this.metrics = metrics;
	}

	/**
	 * Validates a configuration.
	 * @param body the request body, read as a tree (JSON or YAML) with the keys it wrote
	 * twice
	 * @param dialect the dialect the caller named, or {@code null} to detect it
	 * @return the report; a body that is not a configuration throws the problem that
	 * describes it
	 */
	ValidationReport validate(ConfigDocument body, @Nullable String dialect) {
		ConfigurationIntake.Intake read = this.intake.read(body, dialect);
		// the tool's own checks apply when it is named, or detected from a file of its
		// own;
		// in the envelope, or in canonical names, the detected dialect is only a spelling
		boolean detectedTool = !read.envelope() && !"canonical".equals(read.dialect());
		String tool = (read.named() || detectedTool) ? read.dialect() : null;
		ValidationReport report = this.validator.validate(read.configuration(), read.context(), tool);
		if (tool == null) {
			report = report.withDialect(read.dialect());
		}
		this.metrics.record(report);
		return report;
	}

}
