package dev.hparamadvisor.diagnosis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code POST /v1/diagnose}.
 *
 * @param run what was read
 * @param summary how many findings of each severity
 * @param best the best evaluation; null without evaluations of the metric
 * @param findings what went wrong, errors first, then by step
 * @param suggestedConfiguration the suggestions merged (the first for each parameter, in
 * the order of the findings); when the run's configuration was given, that configuration
 * under canonical names with the changes applied
 */
public record DiagnosisReport(@JsonProperty("run") RunSummary run, @JsonProperty("summary") Summary summary,
		@JsonProperty("best") @Nullable Best best, @JsonProperty("findings") List<Finding> findings,
		@JsonProperty("suggested_configuration") Map<String, Object> suggestedConfiguration) {

	public DiagnosisReport {
		findings = List.copyOf(findings);
		suggestedConfiguration = Collections.unmodifiableMap(new LinkedHashMap<>(suggestedConfiguration));
	}

	/**
	 * What was read.
	 *
	 * @param format the format the log was read in
	 * @param entries log entries (objects, lines, rows) read, skipped ones included
	 * @param trainPoints training points (one per step)
	 * @param evalPoints evaluations
	 * @param lastStep the last step logged
	 * @param metrics the metric names seen, in the order first seen (at most 64)
	 */
	@Schema(name = "DiagnosisRun")
	public record RunSummary(@JsonProperty("format") LogFormat format, @JsonProperty("entries") int entries,
			@JsonProperty("train_points") int trainPoints, @JsonProperty("eval_points") int evalPoints,
			@JsonProperty("last_step") long lastStep, @JsonProperty("metrics") @Schema(
					example = "[\"loss\", \"eval_loss\", \"learning_rate\", \"grad_norm\"]") List<String> metrics) {

		public RunSummary {
			metrics = List.copyOf(metrics);
		}

	}

	/**
	 * Counts of findings by severity.
	 *
	 * @param errors how many ERRORs
	 * @param warnings how many WARNINGs
	 * @param infos how many INFOs
	 */
	@Schema(name = "DiagnosisSummary")
	public record Summary(@JsonProperty("errors") int errors, @JsonProperty("warnings") int warnings,
			@JsonProperty("infos") int infos) {

		static Summary of(List<Finding> findings) {
			int[] counts = new int[Severity.values().length];
			findings.forEach((finding) -> counts[finding.severity().ordinal()]++);
			return new Summary(counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()],
					counts[Severity.INFO.ordinal()]);
		}

	}

}
