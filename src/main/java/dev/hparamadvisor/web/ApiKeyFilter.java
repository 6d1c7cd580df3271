package dev.hparamadvisor.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads an API key from {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}
 * and authenticates it. A key that is not known is answered at once with 401; no key
 * leaves the request anonymous, for the authorization rules to refuse.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final AuthenticationManager manager;

	private final ProblemEntryPoint entryPoint;

	ApiKeyFilter(AuthenticationManager manager, ProblemEntryPoint entryPoint) {
		this.manager = manager;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		try {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(this.manager.authenticate(ApiKeyAuthentication.Token.unauthenticated(key)));
			SecurityContextHolder.setContext(context);
		}
		catch (AuthenticationException ex) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String key(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String key = authorization.substring(7).strip();
			return key.isEmpty() ? null : key;
		}
		String header = request.getHeader(HEADER);
		return (header != null && !header.isBlank()) ? header.strip() : null;
	}

}
