package dev.hparamadvisor.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * The problem types the service answers with, each declared once: a stable {@code type}
 * URI (served as a short explanation at {@code /problems/{slug}}), one title, one status.
 * Capabilities name a type by its slug ({@link dev.hparamadvisor.RequestProblem}).
 */
enum ProblemType {

	MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Malformed request body",
			"The body is not well-formed JSON or YAML, or a value has the wrong type. "
					+ "The errors array points at the place."),

	INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request",
			"The request is well-formed but a field or parameter is not acceptable. "
					+ "The errors array names each one with a JSON pointer or parameter name."),

	UNKNOWN_QUERY_PARAMETER("unknown-query-parameter", HttpStatus.BAD_REQUEST, "Unknown query parameter",
			"The endpoint does not take a query parameter of that name; the detail lists the ones it takes."),

	UNKNOWN_PARAMETER("unknown-parameter", HttpStatus.NOT_FOUND, "Unknown hyperparameter",
			"No hyperparameter has that id or alias; the closest ids are suggested."),

	INVALID_ESTIMATE_REQUEST("invalid-estimate-request", HttpStatus.BAD_REQUEST,
			"The request does not describe a training plan",
			"The training plan cannot be estimated as given: a size is not positive, the heads do not divide the "
					+ "hidden size, or a preset or GPU is unknown. The errors array names each field."),

	INVALID_SCENARIO("invalid-scenario", HttpStatus.BAD_REQUEST, "The request does not describe a training scenario",
			"The scenario cannot be recommended for as given: an unknown model preset or GPU, a model given two ways, "
					+ "or a 95th percentile below the average length. The errors array names each field."),

	INVALID_LOG("invalid-log", HttpStatus.BAD_REQUEST, "Unreadable run log",
			"The body of POST /v1/diagnose is not a training run's log: truncated JSON, no step with a loss or an "
					+ "evaluation metric anywhere, or a format the service does not read. The detail says what was expected."),

	INVALID_STUDY("invalid-study", HttpStatus.BAD_REQUEST, "The request does not describe a study",
			"The study or trial request cannot be accepted as given: an unknown parameter, a minimum above its maximum, "
					+ "a log scale from zero or below, a value that is not a finite number. The errors array names each field."),

	UNKNOWN_STUDY("unknown-study", HttpStatus.NOT_FOUND, "Unknown study or trial",
			"No study with that id belongs to the caller (another tenant's study is unknown too), "
					+ "or the study has no trial of that number."),

	NO_TRIAL_AVAILABLE("no-trial-available", HttpStatus.CONFLICT, "No trial available",
			"The study cannot hand out a trial now: its budget is spent (reason budget_spent) or max_parallel trials "
					+ "are running (reason max_parallel). Ask again later in the second case."),

	TRIAL_CONFLICT("trial-conflict", HttpStatus.CONFLICT, "The trial's state does not allow this",
			"The trial has finished (completed with another value, pruned or failed) or its lease expired, "
					+ "so it takes no more heartbeats, reports or completions."),

	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Authentication required",
			"Studies need an API key, sent as Authorization: Bearer <key> or X-API-Key: <key>; "
					+ "none was sent, or the one sent is not known."),

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found", "Nothing is served at that path."),

	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
			"The path exists but not for that HTTP method; the Allow header lists the methods it takes."),

	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
			"The service cannot answer in any media type the Accept header allows."),

	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
			"The body is larger than the configured limit (hparam-advisor.limits.max-body-bytes)."),

	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
			"The endpoint does not read bodies of that Content-Type; the Accept header of the answer lists the ones it reads."),

	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
			"The service failed to answer. This is a bug; nothing about it is shown to the caller.");

	private final String slug;

	private final HttpStatus status;

	private final String title;

	private final String description;

	ProblemType(String slug, HttpStatus status, String title, String description) {
		this.slug = slug;
		this.status = status;
		this.title = title;
		this.description = description;
	}

	String slug() {
		return this.slug;
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	URI uri() {
		return URI.create("/problems/" + this.slug);
	}

	static Optional<ProblemType> bySlug(String slug) {
		return Arrays.stream(values()).filter((t) -> t.slug.equals(slug)).findFirst();
	}

	/** The generic type for a status that no more specific handler has typed. */
	static ProblemType forStatus(int status) {
		return switch (status) {
			case 400 -> INVALID_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			default -> (status >= 500) ? INTERNAL_ERROR : INVALID_REQUEST;
		};
	}

}
