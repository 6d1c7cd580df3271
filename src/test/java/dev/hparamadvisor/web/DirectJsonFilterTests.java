package dev.hparamadvisor.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests the direct routes take, at the edges the equivalence test does not
 * reach.
 */
class DirectJsonFilterTests {

	private final AtomicInteger calls = new AtomicInteger();

	private DirectJsonFilter filter(String limit) {
		DirectRoute route = new DirectRoute("/v1/validate", (body) -> {
			this.calls.incrementAndGet();
			return java.util.Map.of("bytes", body.length);
		});
		return new DirectJsonFilter(List.of(route), JsonMapper.builder().build(),
				new RequestLimits(DataSize.parse(limit), 64, 100, 65536, 100000), new SimpleMeterRegistry());
	}

	private static MockHttpServletRequest post(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/validate");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	@Test
	void answersAPlainRequest() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter("1MB").doFilter(post("{\"a\":1}"), response, chain);
		assertThat(this.calls).hasValue(1);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getContentAsString()).isEqualTo("{\"bytes\":7}");
		assertThat(response.getContentType()).isEqualTo("application/json");
		assertThat(response.getContentLength()).isEqualTo(11);
	}

	@Test
	void aDeclaredLengthPastTwoGigabytesGoesToSpringMvcEvenWhenTheLimitAllowsIt() throws Exception {
		HttpServletRequest huge = new HttpServletRequestWrapper(post("{}")) {
			@Override
			public long getContentLengthLong() {
				return 3_000_000_000L;
			}
		};
		MockFilterChain chain = new MockFilterChain();
		filter("4GB").doFilter(huge, new MockHttpServletResponse(), chain);
		assertThat(this.calls).hasValue(0);
		assertThat(chain.getRequest()).isSameAs(huge);
	}

	@Test
	void bodiesOverOneMebibyteGoToSpringMvc() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		String body = "{\"a\":\"" + "x".repeat(1024 * 1024) + "\"}";
		filter("8MB").doFilter(post(body), new MockHttpServletResponse(), chain);
		assertThat(this.calls).hasValue(0);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void aFailedAnswerIsReplayedWholeToSpringMvc() throws Exception {
		DirectJsonFilter failing = new DirectJsonFilter(List.of(new DirectRoute("/v1/validate", (body) -> {
			throw new IllegalArgumentException("not for me");
		})), JsonMapper.builder().build(), new RequestLimits(DataSize.parse("1MB"), 64, 100, 65536, 100000),
				new SimpleMeterRegistry());
		MockFilterChain chain = new MockFilterChain();
		failing.doFilter(post("{\"a\":1}"), new MockHttpServletResponse(), chain);
		assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
			.isEqualTo("{\"a\":1}");
	}

	@Test
	void theReplayedBodyCanBeReadWithAReadListener() throws Exception {
		DirectJsonFilter failing = new DirectJsonFilter(List.of(new DirectRoute("/v1/validate", (body) -> null)),
				JsonMapper.builder().build(), new RequestLimits(DataSize.parse("1MB"), 64, 100, 65536, 100000),
				new SimpleMeterRegistry());
		MockFilterChain chain = new MockFilterChain();
		failing.doFilter(post("{\"a\":1}"), new MockHttpServletResponse(), chain);
		jakarta.servlet.ServletInputStream in = chain.getRequest().getInputStream();
		java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
		List<String> events = new java.util.ArrayList<>();
		in.setReadListener(new jakarta.servlet.ReadListener() {

			@Override
			public void onDataAvailable() throws java.io.IOException {
				events.add("data");
				while (in.isReady() && !in.isFinished()) {
					read.write(in.read());
				}
			}

			@Override
			public void onAllDataRead() {
				events.add("all");
			}

			@Override
			public void onError(Throwable error) {
				events.add("error " + error);
			}

		});
		assertThat(events).containsExactly("data", "all");
		assertThat(read.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
	}

	@Test
	void onlyJsonInUtf8IsPlain() {
		assertThat(DirectJsonFilter.json("application/json")).isTrue();
		assertThat(DirectJsonFilter.json("Application/JSON")).isTrue();
		assertThat(DirectJsonFilter.json("application/json; charset=UTF-8")).isTrue();
		assertThat(DirectJsonFilter.json("application/json;charset=\"utf-8\"")).isTrue();
		assertThat(DirectJsonFilter.json("application/json;charset=ISO-8859-1")).isFalse();
		assertThat(DirectJsonFilter.json("application/json;charset=utf-8;q=1")).isFalse();
		assertThat(DirectJsonFilter.json("application/jsonx")).isFalse();
		assertThat(DirectJsonFilter.json("application/problem+json")).isFalse();
		assertThat(DirectJsonFilter.json("application/yaml")).isFalse();
		assertThat(DirectJsonFilter.json(null)).isFalse();
	}

}
