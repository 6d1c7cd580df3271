package dev.hparamadvisor.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the configured size: at once when the Content-Length says so, and
 * while reading when the body is chunked. A run's log for {@code POST /v1/diagnose} has a
 * limit of its own ({@code max-log-bytes}): logs of 100,000 entries, several megabytes,
 * are normal, while a configuration is a few kilobytes.
 */
class BodyLimitFilter extends OncePerRequestFilter {

	/** The path whose bodies are run logs. */
	static final String LOG_PATH = "/v1/diagnose";

	private final long bodyLimit;

	private final long logLimit;

	private final JsonMapper mapper;

	BodyLimitFilter(RequestLimits limits, JsonMapper mapper) {
		this.bodyLimit = limits.maxBodyBytes().toBytes();
		this.logLimit = limits.maxLogBytes().toBytes();
		this.mapper = mapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean log = path.equals(LOG_PATH);
		long limit = log ? this.logLimit : this.bodyLimit;
		String property = log ? "max-log-bytes" : "max-body-bytes";
		if (request.getContentLengthLong() > limit) {
			ProblemDetail problem = Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
					new BodyTooLargeException(limit, property).getMessage());
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			response.setStatus(problem.getStatus());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			this.mapper.writeValue(response.getOutputStream(), problem);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit, property), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private final String property;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit, String property) {
			super(request);
			this.limit = limit;
			this.property = property;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.limit, this.property);
			}
			return this.stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private final String property;

		private long count;

		LimitedStream(ServletInputStream delegate, long limit, String property) {
			this.delegate = delegate;
			this.limit = limit;
			this.property = property;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.count += n;
			if (this.count > this.limit) {
				throw new BodyTooLargeException(this.limit, this.property);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
