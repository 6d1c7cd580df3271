package dev.hparamadvisor.studies;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.recommendation.ExportFormat;
import dev.hparamadvisor.recommendation.ToolConfigurations.Exported;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/studies}: create, list, show and delete tuning studies, and write a study's
 * best configuration as a tool's.
 */
@RestController
@Tag(name = "studies", description = "Tuning studies, ask and tell: search around the advice with your own workers")
@ApiResponse(responseCode = "401", description = "API keys are configured and none, or an unknown one, was sent",
		content = @Content(mediaType = "application/problem+json",
				examples = @ExampleObject(name = "no-key", value = StudyExamples.UNAUTHORIZED)))
class StudiesController {

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final String PROBLEM = "application/problem+json";

	private final Studies studies;

	private final BestConfigurations best;

	StudiesController(Studies studies, BestConfigurations best) {
		this.studies = studies;
		this.best = best;
	}

	@PostMapping(path = "/v1/studies", consumes = JSON, produces = JSON)
	@Operation(operationId = "createStudy", summary = "Create a tuning study",
			description = StudyExamples.CREATE_DESCRIPTION,
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = JSON, schema = @Schema(implementation = StudyRequest.class),
							examples = {
									@ExampleObject(name = "lora-8b-advised",
											summary = "Around the recommendation for Llama 3.1 8B LoRA chat",
											value = StudyExamples.CREATE),
									@ExampleObject(name = "space-only", summary = "A space without a scenario",
											value = StudyExamples.CREATE_SPACE_ONLY) })))
	@ApiResponse(responseCode = "201", description = "Created; Location names it",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = StudyView.class),
					examples = @ExampleObject(name = "study", value = StudyExamples.STUDY)))
	@ApiResponse(responseCode = "400",
			description = "Not a study: an unknown parameter, min above max, a log scale from 0, a bad scenario",
			content = @Content(mediaType = PROBLEM,
					examples = @ExampleObject(name = "log-from-zero", value = StudyExamples.INVALID)))
	ResponseEntity<StudyView> create(@Valid @RequestBody StudyRequest request, @Nullable Principal principal) {
		StudyView study = this.studies.create(Tenants.of(principal), request);
		return ResponseEntity.created(URI.create("/v1/studies/" + study.id())).body(study);
	}

	@GetMapping(path = "/v1/studies", produces = JSON)
	@Operation(operationId = "listStudies", summary = "The caller's studies, newest first, without their trials")
	@ApiResponse(responseCode = "200", description = "The studies",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = StudyList.class)))
	StudyList list(@Nullable Principal principal) {
		List<StudyView> studies = this.studies.list(Tenants.of(principal));
		return new StudyList(studies.size(), studies);
	}

	@GetMapping(path = "/v1/studies/{id}", produces = JSON)
	@Operation(operationId = "getStudy", summary = "A study: its space, trials, counts and best trial")
	@ApiResponse(responseCode = "200", description = "The study",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = StudyView.class),
					examples = @ExampleObject(name = "study", value = StudyExamples.STUDY)))
	@ApiResponse(responseCode = "404", description = "No such study for the caller",
			content = @Content(mediaType = PROBLEM,
					examples = @ExampleObject(name = "unknown", value = StudyExamples.UNKNOWN)))
	StudyView get(@PathVariable String id, @Nullable Principal principal) {
		return this.studies.get(Tenants.of(principal), id);
	}

	@DeleteMapping(path = "/v1/studies/{id}")
	@Operation(operationId = "deleteStudy", summary = "Delete a study with its trials and reports")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "No such study for the caller",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<Void> delete(@PathVariable String id, @Nullable Principal principal) {
		this.studies.delete(Tenants.of(principal), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/v1/studies/{id}/best", produces = { JSON, "application/yaml" })
	@Operation(operationId = "bestOfStudy", summary = "The best completed trial, or its configuration as a tool's")
	@ApiResponse(responseCode = "200", description = "The best trial; with ?format=, that tool's configuration",
			content = { @Content(mediaType = JSON, schema = @Schema(implementation = TrialView.class)),
					@Content(mediaType = "application/yaml", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "404", description = "No such study, or no completed trial yet",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<?> best(@PathVariable String id,
			@Parameter(description = "Write the best configuration as this tool's",
					schema = @Schema(
							allowableValues = { "huggingface", "axolotl", "llamafactory", "openai" })) @RequestParam(
									name = "format", required = false) @Nullable ExportFormat format,
			@Nullable Principal principal) {
		Studies.Best found = this.studies.best(Tenants.of(principal), id);
		if (format == null) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found.view().best());
		}
		Exported exported = this.best.write(found, format);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(exported.mediaType())).body(exported.body());
	}

	/**
	 * The caller's studies.
	 *
	 * @param count how many
	 * @param studies each, newest first, without its trials
	 */
	record StudyList(@JsonProperty("count") int count, @JsonProperty("studies") List<StudyView> studies) {
	}

}
