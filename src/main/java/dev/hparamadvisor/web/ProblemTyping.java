package dev.hparamadvisor.web;

import java.net.URI;

import org.springframework.http.ProblemDetail;

/**
 * Gives a problem detail that Spring built generically a stable type and a human title.
 */
final class ProblemTyping {

	private static final URI BLANK = URI.create("about:blank");

	private ProblemTyping() {
	}

	static void complete(ProblemDetail problem, int status) {
		if (problem.getType() == null || BLANK.equals(problem.getType())) {
			ProblemType type = ProblemType.forStatus(status);
			problem.setType(type.uri());
			problem.setTitle(type.title());
		}
		if (status >= 500) {
			// never leak what failed inside
			problem.setDetail("The service failed to answer this request. The failure has been logged.");
		}
	}

}
