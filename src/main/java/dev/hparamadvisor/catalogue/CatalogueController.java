package dev.hparamadvisor.catalogue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the catalogue: {@code GET /v1/parameters}, one entry by id or alias, and the
 * bibliography.
 */
@RestController
@Tag(name = "Catalogue", description = "The 19 hyperparameters, their ranges by context and their sources")
class CatalogueController {

	private final Catalogue catalogue;

	CatalogueController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping(path = "/v1/parameters", produces = "application/json")
	@Operation(operationId = "listParameters", summary = "List the hyperparameters",
			description = "All entries in a stable order (the ebook's), optionally filtered by phase and category, "
					+ "with the sources they cite.")
	@ApiResponse(responseCode = "200", description = "The matching entries")
	@ApiResponse(responseCode = "400", description = "A filter value that does not exist",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ParameterList list(
			@Parameter(description = "Only entries of this phase") @RequestParam(
					required = false) @Nullable Phase phase,
			@Parameter(description = "Only entries of this category") @RequestParam(
					required = false) @Nullable Category category) {
		List<Hyperparameter> parameters = this.catalogue.filter(phase, category);
		return new ParameterList(parameters.size(), parameters, this.catalogue.sourcesCitedBy(parameters));
	}

	@GetMapping(path = "/v1/parameters/{name}", produces = "application/json")
	@Operation(operationId = "getParameter", summary = "One hyperparameter by id or alias",
			description = "Resolves the canonical id or any alias a common tool uses (lr, per_device_train_batch_size, "
					+ "max_grad_norm, ...), case-insensitively.")
	@ApiResponse(responseCode = "200", description = "The entry")
	@ApiResponse(responseCode = "404", description = "No entry has that name; the closest ids are suggested",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	Hyperparameter one(
			@Parameter(description = "A canonical id or an alias", example = "lr") @PathVariable String name) {
		return this.catalogue.find(name)
			.orElseThrow(() -> new UnknownParameterException(name, this.catalogue.suggest(name)));
	}

	@GetMapping(path = "/v1/sources", produces = "application/json")
	@Operation(operationId = "listSources", summary = "The bibliography",
			description = "Every work the catalogue and the rules cite, by id.")
	List<Source> sources() {
		return this.catalogue.sources().values().stream().sorted(java.util.Comparator.comparing(Source::id)).toList();
	}

}
