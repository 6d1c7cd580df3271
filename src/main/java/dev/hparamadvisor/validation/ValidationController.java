package dev.hparamadvisor.validation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.hparamadvisor.dialect.ConfigDocument;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/validate}: every finding about a configuration, in any common dialect.
 */
@RestController
@Tag(name = "Validation", description = "Every finding about a configuration at once, with evidence")
class ValidationController {

	private final Validation validation;

	ValidationController(Validation validation) {
		this.validation = validation;
	}

	@PostMapping(path = "/v1/validate",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
					"text/x-yaml" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "validate", summary = "Validate a configuration",
			description = ValidationExamples.DESCRIPTION)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ValidationRequest.class),
							examples = {
									@ExampleObject(name = "envelope", summary = "Our envelope: values and context",
											value = ValidationExamples.ENVELOPE),
									@ExampleObject(name = "huggingface",
											summary = "A Hugging Face TrainingArguments JSON, as is",
											value = ValidationExamples.HUGGING_FACE),
									@ExampleObject(name = "sampling", summary = "A vLLM / OpenAI sampling request",
											value = ValidationExamples.SAMPLING) }),
					@Content(mediaType = "application/yaml", schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "axolotl", summary = "An Axolotl YAML file, as is",
									value = ValidationExamples.AXOLOTL)) })
	@ApiResponse(responseCode = "200", description = "The findings; valid is false exactly when there is an ERROR",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ValidationReport.class),
					examples = @ExampleObject(name = "report", value = ValidationExamples.REPORT)))
	@ApiResponse(responseCode = "400",
			description = "Not a configuration: malformed JSON or YAML, hyperparameters not an object, a bad context, "
					+ "an unknown dialect, a nesting or alias bomb",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "The body is larger than the limit",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "Neither JSON nor YAML",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ValidationReport validate(@RequestBody ConfigDocument body,
			@Parameter(description = "The tool the configuration is written for; detected from the keys when absent",
					schema = @Schema(allowableValues = { "huggingface", "axolotl", "llamafactory", "torchtune", "vllm",
							"openai", "canonical" })) @RequestParam(name = "dialect",
									required = false) @Nullable String dialect) {
		return this.validation.validate(body, dialect);
	}

}
