package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hparamadvisor.dialect.DialectNote;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code POST /v1/validate}: every finding at once.
 *
 * @param valid false exactly when there is an ERROR
 * @param summary how many findings of each severity
 * @param findings the findings, errors first
 * @param normalized the configuration under canonical names, with typed values
 * @param derived what follows from the configuration and its context
 * @param ignored keys that are not hyperparameters (paths, dataset names, ...)
 * @param dialect the tool the configuration was read as
 * @param context the context the rules used (given, or read from the configuration)
 * @param notes what the reader converted or decided on the way (global batch sizes,
 * nested keys, ...), each with its code, the key path and a sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationReport(@JsonProperty("valid") boolean valid, @JsonProperty("summary") Summary summary,
		@JsonProperty("findings") List<Finding> findings, @JsonProperty("normalized") Map<String, Object> normalized,
		@JsonProperty("derived") Derived derived, @JsonProperty("ignored") List<String> ignored,
		@JsonProperty("dialect") @Nullable String dialect, @JsonProperty("context") ValidationContext context,
		@JsonProperty("notes") List<DialectNote> notes) {

	/** This report, naming the dialect the configuration was read as. */
	public ValidationReport withDialect(String dialect) {
		return new ValidationReport(this.valid, this.summary, this.findings, this.normalized, this.derived,
				this.ignored, dialect, this.context, this.notes);
	}

	/**
	 * Counts of findings by severity.
	 *
	 * @param errors how many ERRORs
	 * @param warnings how many WARNINGs
	 * @param infos how many INFOs
	 */
	public record Summary(@JsonProperty("errors") int errors, @JsonProperty("warnings") int warnings,
			@JsonProperty("infos") int infos) {

		static Summary of(List<Finding> findings) {
			int errors = 0;
			int warnings = 0;
			int infos = 0;
			for (Finding finding : findings) {
				switch (finding.severity()) {
					case ERROR -> errors++;
					case WARNING -> warnings++;
					case INFO -> infos++;
				}
			}
			return new Summary(errors, warnings, infos);
		}

	}

}
