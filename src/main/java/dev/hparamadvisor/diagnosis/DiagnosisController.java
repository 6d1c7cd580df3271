package dev.hparamadvisor.diagnosis;

import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/diagnose}: a run's log in, its diagnosis out, as JSON or as an SVG
 * chart.
 */
@RestController
@Tag(name = "Diagnosis", description = "What went wrong in a training run, where, and which hyperparameter to change")
class DiagnosisController {

	static final String SVG = "image/svg+xml";

	private static final MediaType SVG_TYPE = MediaType.valueOf(SVG);

	private final Diagnosis diagnosis;

	DiagnosisController(Diagnosis diagnosis) {
		this.diagnosis = diagnosis;
	}

	@PostMapping(path = "/v1/diagnose",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/x-ndjson", "text/csv",
					MediaType.APPLICATION_OCTET_STREAM_VALUE },
			produces = { MediaType.APPLICATION_JSON_VALUE, SVG })
	@Operation(operationId = "diagnose", summary = "Diagnose a training run from its log",
			description = DiagnosisExamples.DESCRIPTION)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
			@Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"),
					examples = {
							@ExampleObject(name = "trainer_state", summary = "A Hugging Face trainer_state.json, as is",
									value = DiagnosisExamples.TRAINER_STATE),
							@ExampleObject(name = "envelope",
									summary = "The log with the run's configuration and context; NaN accepted",
									value = DiagnosisExamples.ENVELOPE) }),
			@Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "jsonl", summary = "JSON Lines of metric objects",
							value = DiagnosisExamples.JSON_LINES)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "csv", summary = "CSV with a header row",
							value = DiagnosisExamples.CSV)),
			@Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "torchtune", summary = "torchtune metric lines, format detected",
							value = DiagnosisExamples.TORCHTUNE)) })
	@ApiResponse(responseCode = "200", description = "The diagnosis; with Accept: image/svg+xml, its chart",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = DiagnosisReport.class),
							examples = @ExampleObject(name = "overfitting", value = DiagnosisExamples.REPORT)),
					@Content(mediaType = SVG, schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "chart", value = DiagnosisExamples.SVG)) })
	@ApiResponse(responseCode = "400",
			description = "Not a log: malformed or truncated JSON, no step with a loss or metric anywhere, "
					+ "an unknown format, a bad envelope field",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "truncated", value = DiagnosisExamples.INVALID)))
	@ApiResponse(responseCode = "413", description = "The log is larger than hparam-advisor.limits.max-log-bytes",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "Not JSON, JSON Lines, CSV or an octet stream",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> diagnose(@Parameter(hidden = true) InputStream body,
			@Parameter(description = "The log's format; detected when absent",
					schema = @Schema(allowableValues = { "huggingface", "torchtune", "jsonl", "csv" })) @RequestParam(
							name = "format", required = false) @Nullable LogFormat format,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
					required = false) @Nullable String accept) {
		if (prefersSvg(accept)) {
			return ResponseEntity.ok().contentType(SVG_TYPE).body(this.diagnosis.chart(body, format));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.diagnosis.diagnose(body, format));
	}

	/** Whether the client ranks SVG above JSON; of two alike, the one listed first. */
	static boolean prefersSvg(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (org.springframework.util.InvalidMimeTypeException ex) {
			return false;
		}
		types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : types) {
			if (type.includes(MediaType.APPLICATION_JSON)) {
				return false;
			}
			if (type.includes(SVG_TYPE)) {
				return true;
			}
		}
		return false;
	}

}
