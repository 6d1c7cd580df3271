package dev.hparamadvisor.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Answers the plain requests of the busiest endpoints without Spring MVC's dispatch.
 * <p>
 * A request is plain when it is a {@code POST} to a {@link DirectRoute}'s exact path
 * (after the servlet context path, if there is one) with no query string, a
 * {@code Content-Type} of {@code application/json} (UTF-8), a {@code Content-Length}, and
 * an {@code Accept} that JSON satisfies. The filter reads the body, runs the endpoint's
 * own service and writes its answer with the application's {@link JsonMapper}: the same
 * bytes and headers Spring MVC would send, at about half the framework's cost per request
 * (docs/PERFORMANCE.md). Every other request, and every plain one the handler does not
 * answer (a parse error, a constraint violation, a problem), goes on to Spring MVC with
 * its body replayed, so errors, YAML, exports, content negotiation and the OpenAPI
 * document stay where they are. {@code hparam-advisor.direct-routes.enabled} switches it
 * off.
 */
class DirectJsonFilter extends OncePerRequestFilter {

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private final Map<String, Route> routes;

	private final JsonMapper mapper;

	/**
	 * The largest body read here: the configured limit, but never more than 1 MiB. Larger
	 * bodies (possible only when the limit is raised) go to Spring MVC, which streams
	 * them.
	 */
	private final long maxBodyBytes;

	static final long MAX_DIRECT_BODY_BYTES = 1024 * 1024;

	DirectJsonFilter(List<DirectRoute> routes, JsonMapper mapper, RequestLimits limits, MeterRegistry registry) {
		this.routes = routes.stream()
			.collect(Collectors.toUnmodifiableMap(DirectRoute::path, (route) -> new Route(route, registry)));
		this.mapper = mapper;
		this.maxBodyBytes = Math.min(limits.maxBodyBytes().toBytes(), MAX_DIRECT_BODY_BYTES);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Route route = plain(request);
		if (route == null) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = new byte[(int) request.getContentLengthLong()];
		int read = readFully(request.getInputStream(), body);
		Object answer = null;
		if (read == body.length) {
			try {
				answer = route.route.handler().answer(body);
			}
			catch (RuntimeException ex) {
				// Spring MVC answers it, with the problem it describes
			}
		}
		if (answer == null) {
			route.handedOn.increment();
			chain.doFilter(new ReplayedRequest(request, body, read), response);
			return;
		}
		byte[] json = this.mapper.writeValueAsBytes(answer);
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(route.route.path()));
		route.answered.increment();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(JSON);
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	private @Nullable Route plain(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || request.getQueryString() != null) {
			return null;
		}
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		Route route = this.routes
			.get((contextPath.isEmpty() || !uri.startsWith(contextPath)) ? uri : uri.substring(contextPath.length()));
		if (route == null) {
			return null;
		}
		long length = request.getContentLengthLong();
		if (length <= 0 || length > this.maxBodyBytes || !json(request.getContentType()) || !acceptsJson(request)) {
			return null;
		}
		return route;
	}

	/** {@code application/json}, alone or with {@code charset=UTF-8}. */
	static boolean json(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		int semicolon = contentType.indexOf(';');
		String type = ((semicolon < 0) ? contentType : contentType.substring(0, semicolon)).trim();
		if (!type.equalsIgnoreCase(JSON)) {
			return false;
		}
		if (semicolon < 0) {
			return true;
		}
		String parameter = contentType.substring(semicolon + 1).trim().toLowerCase(Locale.ROOT);
		return parameter.equals("charset=utf-8") || parameter.equals("charset=\"utf-8\"");
	}

	/** No {@code Accept}, or a single one that JSON satisfies without negotiation. */
	private static boolean acceptsJson(HttpServletRequest request) {
		var accepts = request.getHeaders(HttpHeaders.ACCEPT);
		if (accepts == null || !accepts.hasMoreElements()) {
			return true;
		}
		String accept = accepts.nextElement().trim();
		if (accepts.hasMoreElements()) {
			return false;
		}
		return accept.isEmpty() || accept.equals("*/*") || accept.equalsIgnoreCase(JSON)
				|| accept.equalsIgnoreCase("application/*");
	}

	private static int readFully(InputStream in, byte[] buffer) throws IOException {
		int total = 0;
		while (total < buffer.length) {
			int n;
			try {
				n = in.read(buffer, total, buffer.length - total);
			}
			catch (IOException ex) {
				// what arrived goes to Spring MVC, which reports the body as it would
				return total;
			}
			if (n < 0) {
				break;
			}
			total += n;
		}
		return total;
	}

	private static final class Route {

		private final DirectRoute route;

		private final Counter answered;

		private final Counter handedOn;

		Route(DirectRoute route, MeterRegistry registry) {
			this.route = route;
			Function<String, Counter> counter = (outcome) -> Counter.builder("hparam_advisor.direct_route.requests")
				.description("Plain JSON requests answered without Spring MVC's dispatch, or handed on to it")
				.tag("uri", route.path())
				.tag("outcome", outcome)
				.register(registry);
			this.answered = counter.apply("answered");
			this.handedOn = counter.apply("handed_on");
		}

	}

	/** The request with the body the filter already read. */
	private static final class ReplayedRequest extends HttpServletRequestWrapper {

		private final ServletInputStream stream;

		ReplayedRequest(HttpServletRequest request, byte[] body, int length) {
			super(request);
			ByteArrayInputStream bytes = new ByteArrayInputStream(body, 0, length);
			this.stream = new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int count) {
					return bytes.read(buffer, offset, count);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				/**
				 * The whole body is in memory, so it is ready at once: the listener hears
				 * that data is available (unless there is none) and that all of it has
				 * been read, as the Servlet specification has a container do.
				 */
				@Override
				public void setReadListener(ReadListener listener) {
					try {
						if (!isFinished()) {
							listener.onDataAvailable();
						}
						if (isFinished()) {
							listener.onAllDataRead();
						}
					}
					catch (IOException | RuntimeException ex) {
						listener.onError(ex);
					}
				}

			};
		}

		@Override
		public ServletInputStream getInputStream() {
			return this.stream;
		}

	}

}
