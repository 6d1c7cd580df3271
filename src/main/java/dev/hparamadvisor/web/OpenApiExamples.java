package dev.hparamadvisor.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.validation.ValidationCodes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Gives every documented response an example: the catalogue's from the real catalogue, so
 * they cannot drift from what the service answers, and each problem response one of its
 * type.
 */
@Component
class OpenApiExamples implements OpenApiCustomizer {

	private final Catalogue catalogue;

	private final JsonMapper mapper;

	OpenApiExamples(Catalogue catalogue, JsonMapper mapper) {
		this.catalogue = catalogue;
		this.mapper = mapper;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		Hyperparameter lr = this.catalogue.get("learning_rate");
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("count", 1);
		list.put("parameters", List.of(lr));
		list.put("sources", this.catalogue.sourcesCitedBy(List.of(lr)));
		example(openApi, "/v1/parameters", "200", "application/json", "learning_rate only, for brevity", list);
		example(openApi, "/v1/parameters/{name}", "200", "application/json", "GET /v1/parameters/lr", lr);
		example(openApi, "/v1/sources", "200", "application/json", "Two of the sources", List
			.of(this.catalogue.source("ebook").orElseThrow(), this.catalogue.source("judgement").orElseThrow()));
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(this::problemExamples));
		PathItem validate = openApi.getPaths().get("/v1/validate");
		if (validate != null && validate.getPost() != null) {
			StringBuilder codes = new StringBuilder("\n\n| code | severity | why |\n|---|---|---|\n");
			for (ValidationCodes code : ValidationCodes.values()) {
				codes.append("| `")
					.append(code.name())
					.append("` | ")
					.append(code.severity())
					.append(code.escalates() ? " (ERROR when the named or detected tool refuses it)" : "")
					.append(" | ")
					.append(code.why())
					.append(" |\n");
			}
			validate.getPost().setDescription(validate.getPost().getDescription() + codes);
		}
	}

	private void example(OpenAPI openApi, String path, String status, String mediaType, String summary, Object value) {
		PathItem item = openApi.getPaths().get(path);
		Operation get = (item != null) ? item.getGet() : null;
		if (get == null || get.getResponses() == null || get.getResponses().get(status) == null) {
			return;
		}
		ApiResponse response = get.getResponses().get(status);
		if (response.getContent() == null || response.getContent().get(mediaType) == null) {
			return;
		}
		Object plain = this.mapper.readValue(this.mapper.writeValueAsString(value), Object.class);
		response.getContent().get(mediaType).addExamples("example", new Example().summary(summary).value(plain));
	}

	private void problemExamples(Operation operation) {
		if (operation.getResponses() == null) {
			return;
		}
		operation.getResponses().forEach((status, response) -> {
			MediaType problem = (response.getContent() != null)
					? response.getContent().get(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE)
					: null;
			if (problem == null || problem.getExample() != null
					|| (problem.getExamples() != null && !problem.getExamples().isEmpty())) {
				return;
			}
			problem.addExamples("problem", new Example().value(sample(status)));
		});
	}

	private Map<String, Object> sample(String status) {
		int code = status.matches("\\d{3}") ? Integer.parseInt(status) : 400;
		if (code == 404) {
			return Map.of("type", "/problems/unknown-parameter", "title", "Unknown hyperparameter", "status", 404,
					"detail", "No hyperparameter has the id or alias 'learnig_rate'. Did you mean learning_rate?",
					"instance", "/v1/parameters/learnig_rate", "suggestions", List.of("learning_rate"));
		}
		ProblemType type = ProblemType.forStatus(code);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.uri().toString());
		body.put("title", type.title());
		body.put("status", code);
		body.put("detail", type.description());
		if (code == 400) {
			body.put("errors", List.of(Map.of("pointer", "/batch_size", "detail", "must be greater than 0")));
		}
		return body;
	}

}
