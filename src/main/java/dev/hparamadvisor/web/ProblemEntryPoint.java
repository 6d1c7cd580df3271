package dev.hparamadvisor.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request without a valid API key with a 401 problem detail and a
 * {@code WWW-Authenticate} challenge (RFC 6750). Neither says anything about the key that
 * was sent.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

	private final JsonMapper mapper;

	ProblemEntryPoint(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean wrongKey = ex instanceof BadCredentialsException;
		String detail = wrongKey ? "The API key sent is not known." : "Studies need an API key: send "
				+ "Authorization: Bearer <key> or " + ApiKeyFilter.HEADER + ": <key>.";
		ProblemDetail problem = Problems.of(ProblemType.UNAUTHORIZED, detail);
		problem.setInstance(URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_")));
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate",
				"Bearer realm=\"hparam-advisor\"" + (wrongKey ? ", error=\"invalid_token\"" : ""));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.mapper.writeValue(response.getOutputStream(), problem);
	}

}
