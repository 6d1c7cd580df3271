package dev.hparamadvisor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.RequestProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 problem detail with a stable type, a human title,
 * and for field problems an {@code errors} array of JSON pointers. Never a class name or
 * a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final java.util.Comparator<Map<String, String>> ERRORS_IN_ORDER = java.util.Comparator
		.comparing((Map<String, String> error) -> error.get("pointer"))
		.thenComparing((error) -> error.get("detail"));

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = readProblem(ex);
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	static ProblemDetail readProblem(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return Problems.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
			}
			if (cause instanceof RequestProblem refused) {
				ProblemType type = ProblemType.bySlug(refused.type()).orElse(null);
				if (type != null) {
					return Problems.of(type, refused);
				}
			}
			if (cause instanceof JacksonException jackson) {
				return JsonProblems.describe(jackson);
			}
		}
		String detail = (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing"))
				? "The request has no body; this endpoint reads a JSON object." : "The body could not be read.";
		return Problems.of(ProblemType.MALFORMED_BODY, detail, List.of(Problems.error("", detail)));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Problems.error(JsonPointers.fromPropertyPath(error.getField()),
					String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(Problems.error("", String.valueOf(error.getDefaultMessage()))));
		// Bean Validation reports a set, in an order that changes from one JVM to the
		// next;
		// the same request gets the same answer
		errors.sort(ERRORS_IN_ORDER);
		String detail = errors.size() + " field" + ((errors.size() == 1) ? " is" : "s are") + " not acceptable: "
				+ String.join("; ", errors.stream().map((e) -> e.get("pointer") + " " + e.get("detail")).toList());
		ProblemDetail problem = Problems.of(ProblemType.INVALID_REQUEST, detail, errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors
					.add(Problems.error(String.valueOf(result.getMethodParameter().getParameterName()),
							String.valueOf(error.getDefaultMessage())))));
		errors.sort(ERRORS_IN_ORDER);
		String detail = "Not acceptable: "
				+ String.join("; ", errors.stream().map((e) -> e.get("pointer") + " " + e.get("detail")).toList());
		ProblemDetail problem = Problems.of(ProblemType.INVALID_REQUEST, detail, errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		Class<?> type = ex.getRequiredType();
		String expected = (type != null) ? TypeNames.of(type) : "another value";
		String detail = "Parameter '" + name + "' has the value '" + Problems.shorten(String.valueOf(ex.getValue()))
				+ "'; expected " + expected + ".";
		ProblemDetail problem = Problems.of(ProblemType.INVALID_REQUEST, detail, List.of(Problems.error(name, detail)));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * A request a capability refuses, answered with the problem type its slug names: one
	 * title and status per type, declared in {@link ProblemType}.
	 */
	@ExceptionHandler(RequestProblem.class)
	ResponseEntity<Object> handleRefused(RequestProblem ex, WebRequest request) {
		ProblemType type = ProblemType.bySlug(ex.type()).orElse(null);
		if (type == null) {
			return handleUnexpected(ex, request);
		}
		return createResponseEntity(Problems.of(type, ex), new HttpHeaders(), type.status(), request);
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<Object> handleTooLarge(BodyTooLargeException ex, WebRequest request) {
		ProblemDetail problem = Problems.of(ProblemType.PAYLOAD_TOO_LARGE, ex.getMessage());
		return createResponseEntity(problem, new HttpHeaders(), ProblemType.PAYLOAD_TOO_LARGE.status(), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				// a capability that streams the body (a run's log) meets the limit while
				// reading
				return handleTooLarge(tooLarge, request);
			}
		}
		log.error("Unexpected failure answering {}", request.getDescription(false), ex);
		ProblemDetail problem = Problems.of(ProblemType.INTERNAL_ERROR,
				"The service failed to answer this request. The failure has been logged.");
		return createResponseEntity(problem, new HttpHeaders(), ProblemType.INTERNAL_ERROR.status(), request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			ProblemTyping.complete(problem, statusCode.value());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

}
