package dev.hparamadvisor.estimation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/estimate} and {@code GET /v1/estimate/presets}.
 */
@RestController
@RequestMapping(path = "/v1/estimate", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "estimation", description = "Peak GPU memory, fit and throughput of a fine-tuning plan")
class EstimationController {

	private final Estimation estimation;

	EstimationController(Estimation estimation) {
		this.estimation = estimation;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Estimate peak GPU memory, fit and throughput of a training plan",
			description = "Peak allocated memory per GPU of one training step of a Hugging Face Llama-style model "
					+ "in PyTorch, with its breakdown, whether it fits the GPU with the allocator's and CUDA's "
					+ "margins, and tokens per second on a known GPU. Calibrated on 21 measured steps on an H200 "
					+ "(docs/ESTIMATION.md). Several GPUs are data-parallel replicas.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = EstimateRequest.class),
							examples = {
									@ExampleObject(name = "llama-8b-lora", summary = "Llama 3.1 8B, LoRA r16, H100",
											value = EstimateExamples.LORA_8B),
									@ExampleObject(name = "preset-full-fine-tune",
											summary = "Qwen2.5 1.5B preset, full fine-tune, 8 x A100 80GB",
											value = EstimateExamples.PRESET_FULL),
									@ExampleObject(name = "parameters-only-qlora",
											summary = "7B by parameter count alone, QLoRA, RTX 4090",
											value = EstimateExamples.PARAMETERS_QLORA) })))
	@ApiResponse(responseCode = "200", description = "The estimate",
			content = @Content(schema = @Schema(implementation = EstimateResponse.class),
					examples = @ExampleObject(name = "llama-8b-lora", value = EstimateExamples.LORA_8B_RESPONSE)))
	@ApiResponse(responseCode = "400",
			description = "Not a plan: a negative or missing size, heads that do not divide the hidden size, "
					+ "an unknown preset or GPU; each field named by a JSON pointer",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(name = "heads", value = EstimateExamples.INVALID)))
	EstimateResponse estimate(@Valid @RequestBody EstimateRequest request) {
		return estimation.estimate(request);
	}

	@GetMapping("/presets")
	@Operation(summary = "The built-in model and GPU presets",
			description = "Models with their architecture from config.json and GPUs with memory, dense bf16 peak "
					+ "and bandwidth from the vendor's datasheet, each with its source")
	@ApiResponse(responseCode = "200", description = "Models and GPUs")
	PresetsResponse presets() {
		return estimation.presets();
	}

}
