package dev.hparamadvisor.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Documents problem details as the service sends them, and the problems every operation
 * can answer.
 * <p>
 * The {@code ProblemDetail} schema springdoc derives from Spring's class is wrong on the
 * wire: it nests extension members under {@code properties}, while Jackson writes them at
 * the top level ({@code errors}, {@code suggestions}, {@code line}, {@code column}), and
 * it declares {@code type} and {@code instance} absolute URIs where the service sends
 * relative references ({@code /problems/invalid-request}). Every operation can also
 * answer 400 for an unknown query parameter, 406 for an Accept header it cannot satisfy
 * and 500; one with a body 413 and 415 as well. Runs before {@link OpenApiExamples}, so
 * those responses get examples too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final String REF = "#/components/schemas/ProblemDetail";

	@Override
	public void customise(OpenAPI openApi) {
		boolean openApi31 = openApi.getSpecVersion() == SpecVersion.V31;
		if (openApi.getComponents() != null) {
			openApi.getComponents().addSchemas("ProblemDetail", problem(openApi31));
		}
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().values().forEach((item) -> item.readOperations().forEach(this::complete));
	}

	private void complete(Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses responses = operation.getResponses();
		addIfAbsent(responses, "400", "A query parameter the operation does not take, or a parameter of the wrong "
				+ "type or out of range; the errors array names it");
		if (operation.getRequestBody() != null) {
			addIfAbsent(responses, "413", "The body is larger than the limit");
			addIfAbsent(responses, "415", "The body's Content-Type is not one the operation reads");
		}
		addIfAbsent(responses, "406", "The Accept header allows no media type the operation answers with");
		addIfAbsent(responses, "500", "The service failed; nothing about the failure is shown");
		responses.values().forEach((response) -> {
			MediaType problem = (response.getContent() != null) ? response.getContent().get(PROBLEM_JSON) : null;
			if (problem != null && problem.getSchema() == null) {
				problem.setSchema(new Schema<>().$ref(REF));
			}
		});
	}

	private static void addIfAbsent(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(REF)))));
		}
	}

	@SuppressWarnings("rawtypes")
	private static Schema problem(boolean openApi31) {
		Schema error = typed("object", openApi31).description("One field or parameter that is not acceptable")
			.addProperty("pointer",
					typed("string", openApi31)
						.description("A JSON pointer (RFC 6901) into the body, or the name of a parameter"))
			.addProperty("detail", typed("string", openApi31).description("What is wrong with it"))
			.required(List.of("pointer", "detail"));
		return typed("object", openApi31)
			.description("An RFC 9457 problem detail. Clients should ignore members they do not know.")
			.addProperty("type",
					typed("string", openApi31).format("uri-reference")
						.description("Names the problem; GET it for an explanation")
						.example("/problems/invalid-request"))
			.addProperty("title", typed("string", openApi31).description("A short, human summary of the type"))
			.addProperty("status",
					typed("integer", openApi31).format("int32")
						.minimum(BigDecimal.valueOf(400))
						.maximum(BigDecimal.valueOf(599))
						.description("The HTTP status"))
			.addProperty("detail", typed("string", openApi31).description("What is wrong with this request"))
			.addProperty("instance", typed("string", openApi31).format("uri-reference").description("The request path"))
			.addProperty("errors", typed("array", openApi31).items(error).description("For field problems: each one"))
			.addProperty("suggestions",
					typed("array", openApi31).items(typed("string", openApi31))
						.description("For an unknown hyperparameter: the closest ids"))
			.addProperty("line",
					typed("integer", openApi31).format("int32")
						.description("For an unreadable configuration: the line of the fault"))
			.addProperty("column",
					typed("integer", openApi31).format("int32")
						.description("For an unreadable configuration: the column of the fault"))
			.addProperty("reason",
					typed("string", openApi31).description("For no-trial-available: budget_spent or max_parallel"))
			.addProperty("running",
					typed("integer", openApi31).format("int32")
						.description("For no-trial-available: the trials running"))
			.addProperty("counted",
					typed("integer", openApi31).format("int32")
						.description("For no-trial-available: the trials that count towards the budget"))
			.addProperty("state", typed("string", openApi31).description("For trial-conflict: the trial's state"))
			.required(List.of("type", "title", "status", "detail"));
	}

	@SuppressWarnings("rawtypes")
	private static Schema typed(String type, boolean openApi31) {
		return openApi31 ? new Schema<>(SpecVersion.V31).types(Set.of(type)) : new Schema<>().type(type);
	}

}
