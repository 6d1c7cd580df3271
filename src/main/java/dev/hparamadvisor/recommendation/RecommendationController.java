package dev.hparamadvisor.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/recommend}: a complete, explained configuration for a scenario, sized
 * to the hardware, as JSON or as a tool's configuration.
 */
@RestController
@Tag(name = "recommendation", description = "A value for every hyperparameter, with reasons, and a plan that fits")
class RecommendationController {

	private final Recommender recommender;

	private final ToolConfigurations exports;

	RecommendationController(Recommender recommender, ToolConfigurations exports) {
		this.recommender = recommender;
		this.exports = exports;
	}

	@PostMapping(path = "/v1/recommend", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, "application/yaml" })
	@Operation(operationId = "recommend", summary = "Recommend a configuration for a scenario",
			description = RecommendationExamples.DESCRIPTION,
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = RecommendRequest.class),
					examples = {
							@ExampleObject(name = "lora-8b-chat",
									summary = "Llama 3.1 8B, LoRA, chat, one 80 GiB GPU (the issue's example)",
									value = RecommendationExamples.LORA_8B),
							@ExampleObject(name = "qlora-70b-48gib", summary = "Llama 3.1 70B, QLoRA, one 48 GiB GPU",
									value = RecommendationExamples.QLORA_70B),
							@ExampleObject(name = "infeasible-full-70b",
									summary = "Llama 3.1 70B, full fine-tuning, one 24 GiB GPU: a plan that "
											+ "says it does not fit and what would",
									value = RecommendationExamples.FULL_70B_24GIB) })))
	@ApiResponse(responseCode = "200",
			description = "The recommendation; with ?format=, that tool's configuration (JSON or YAML)",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = RecommendResponse.class),
							examples = @ExampleObject(name = "lora-8b-chat",
									value = RecommendationExamples.LORA_8B_RESPONSE)),
					@Content(mediaType = "application/yaml", schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "axolotl",
									value = RecommendationExamples.LORA_8B_AXOLOTL)) })
	@ApiResponse(responseCode = "400",
			description = "Not a scenario: a missing or negative field, an unknown task, method, preset or GPU; "
					+ "each field named by a JSON pointer",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "negative-examples", value = RecommendationExamples.INVALID)))
	ResponseEntity<?> recommend(@Valid @RequestBody RecommendRequest request,
			@Parameter(description = "Answer with the recommendation as this tool's configuration instead",
					schema = @Schema(
							allowableValues = { "huggingface", "axolotl", "llamafactory", "openai" })) @RequestParam(
									name = "format", required = false) @Nullable ExportFormat format) {
		RecommendResponse response = this.recommender.recommend(request);
		if (format == null) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(response);
		}
		ToolConfigurations.Exported exported = this.exports.write(response, format);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(exported.mediaType())).body(exported.body());
	}

}
