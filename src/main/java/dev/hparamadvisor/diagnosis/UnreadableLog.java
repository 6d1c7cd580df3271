package dev.hparamadvisor.diagnosis;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A body {@code POST /v1/diagnose} cannot diagnose: not a log, a truncated one, one with
 * no step or loss anywhere, a bad envelope, or one over the size limit. It carries a
 * problem {@link #slug()}, a detail saying what was expected, and field errors.
 * <p>
 * Until the problem types are declared in one place, it renders itself as RFC 9457
 * problem+json (type {@code /problems/<slug>}) through Spring's
 * {@link ErrorResponseException} handling.
 */
public class UnreadableLog extends ErrorResponseException {

	/** The log cannot be read as a run's log. */
	public static final String INVALID_LOG = "invalid-log";

	/** The envelope around the log is not acceptable. */
	public static final String INVALID_REQUEST = "invalid-request";

	/** The log is over {@code hparam-advisor.limits.max-log-bytes}. */
	public static final String PAYLOAD_TOO_LARGE = "payload-too-large";

	static final String EXPECTED = "Expected a Hugging Face trainer_state.json (an object with log_history), "
			+ "torchtune metric lines (Step 1 | loss:2.07 lr:2e-05), JSON Lines of metric objects with a step, "
			+ "or CSV with a header row naming step and loss, alone or as \"log\" in {\"log\": ..., "
			+ "\"configuration\": {...}, \"context\": {...}}.";

	/**
	 * One problem with one part of the request.
	 *
	 * @param pointer JSON pointer into the request ({@code ""} for the whole body,
	 * {@code /log} for the log in an envelope)
	 * @param detail what is wrong, in words
	 */
	public record FieldError(String pointer, String detail) {
	}

	private final String slug;

	private final List<FieldError> errors;

	UnreadableLog(String slug, HttpStatus status, String title, String detail, List<FieldError> errors) {
		super(status, body(slug, status, title, detail, errors), null);
		this.slug = slug;
		this.errors = List.copyOf(errors);
	}

	static UnreadableLog invalid(String pointer, String detail) {
		return new UnreadableLog(INVALID_LOG, HttpStatus.BAD_REQUEST, "Unreadable run log", detail,
				List.of(new FieldError(pointer, detail)));
	}

	static UnreadableLog badEnvelope(List<FieldError> errors) {
		String detail = errors.stream().map((e) -> e.pointer() + " " + e.detail()).collect(Collectors.joining("; "));
		return new UnreadableLog(INVALID_REQUEST, HttpStatus.BAD_REQUEST, "Invalid request", detail, errors);
	}

	static UnreadableLog tooLarge(long limit) {
		String detail = "The log is larger than " + limit + " bytes (hparam-advisor.limits.max-log-bytes).";
		return new UnreadableLog(PAYLOAD_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, "Request body too large", detail,
				List.of());
	}

	static UnreadableLog noPoints(LogFormat format, int entries, Map<String, Integer> odd) {
		String seen = (entries == 0) ? "no entries" : entries + " entries, " + odd;
		return invalid("", "No entry has a step with a loss or an evaluation metric (read as " + format.jsonName()
				+ ": " + seen + "). " + EXPECTED);
	}

	/** The problem's slug: its type is {@code /problems/<slug>}. */
	public String slug() {
		return this.slug;
	}

	/** The problems with parts of the request, in the order found. */
	public List<FieldError> errors() {
		return this.errors;
	}

	private static ProblemDetail body(String slug, HttpStatus status, String title, String detail,
			List<FieldError> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create("/problems/" + slug));
		body.setTitle(title);
		if (!errors.isEmpty()) {
			body.setProperty("errors",
					errors.stream().map((e) -> Map.of("pointer", e.pointer(), "detail", e.detail())).toList());
		}
		return body;
	}

}
