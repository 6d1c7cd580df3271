package dev.hparamadvisor.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that never reached Spring MVC (the servlet container's own rejections)
 * as problem details too, in place of Boot's default error page.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "/error", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value && value >= 400) ? value : 500;
		ProblemType type = ProblemType.forStatus(status);
		HttpStatus resolved = HttpStatus.resolve(status);
		String detail = (status >= 500) ? "The service failed to answer this request. The failure has been logged."
				: "The request was refused: " + ((resolved != null) ? resolved.getReasonPhrase() : "status " + status)
						+ ".";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.setInstance(URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "_")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
