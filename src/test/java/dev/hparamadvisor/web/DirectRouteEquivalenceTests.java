package dev.hparamadvisor.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.hparamadvisor.HparamAdvisor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct routes answer exactly as Spring MVC does. Two instances of the application
 * run side by side, one with the direct routes and one without; every request, from the
 * OpenAPI examples, the load test's bodies, real configurations and thousands of seeded
 * mutations of them (wrong types, missing and unknown fields, negative and huge numbers,
 * truncated JSON), and with several Content-Type and Accept headers, must get the same
 * status, the same headers (but the date and the framing: Content-Length or chunked) and
 * the same bytes from both. The test also checks that the direct routes really answered
 * most plain requests and handed the rest on, and that the HTTP metrics name the route
 * either way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectRouteEquivalenceTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] ENDPOINTS = { "/v1/validate", "/v1/estimate", "/v1/recommend" };

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private ConfigurableApplicationContext direct;

	private ConfigurableApplicationContext mvc;

	@BeforeAll
	void start() {
		this.direct = start(true);
		this.mvc = start(false);
	}

	private static ConfigurableApplicationContext start(boolean directRoutes) {
		// arguments, not default properties: application.yaml's server.port would win
		// over those
		return new SpringApplicationBuilder(HparamAdvisor.class).run("--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--hparam-advisor.direct-routes.enabled=" + directRoutes);
	}

	@AfterAll
	void stop() {
		if (this.direct != null) {
			this.direct.close();
		}
		if (this.mvc != null) {
			this.mvc.close();
		}
	}

	@Test
	void onlyTheDirectInstanceHasTheFilter() {
		assertThat(this.direct.getBeansOfType(DirectRouteConfiguration.class)).hasSize(1);
		assertThat(this.mvc.getBeansOfType(DirectRouteConfiguration.class)).isEmpty();
	}

	@Test
	void everyRequestGetsTheSameAnswerFromBothPaths() throws Exception {
		Random random = new Random(20261126);
		int compared = 0;
		for (String endpoint : ENDPOINTS) {
			List<String> bodies = new ArrayList<>(seeds(endpoint));
			assertThat(bodies).as(endpoint + " seeds").hasSizeGreaterThanOrEqualTo(3);
			int seedCount = bodies.size();
			for (int i = 0; i < 600; i++) {
				bodies.add(mutate(bodies.get(random.nextInt(seedCount)), random));
			}
			int plain = 0;
			int plainAnswered = 0;
			for (String body : bodies) {
				String[] headers = headers(random);
				int status = compare(endpoint, body, headers);
				compared++;
				if (plain(headers)) {
					plain++;
					plainAnswered += (status == 200) ? 1 : 0;
				}
			}
			// every plain request that succeeds is answered directly, every other plain
			// one is
			// handed on, and no other request reaches the direct route's handler
			MeterRegistry registry = this.direct.getBean(MeterRegistry.class);
			assertThat(count(registry, endpoint, "answered")).as(endpoint + " answered directly")
				.isEqualTo(plainAnswered);
			assertThat(count(registry, endpoint, "handed_on")).as(endpoint + " handed on to Spring MVC")
				.isEqualTo(plain - plainAnswered);
			assertThat(plainAnswered).as(endpoint + " plain requests that succeeded").isGreaterThan(20);
			assertThat(plain - plainAnswered).as(endpoint + " plain requests that failed").isGreaterThan(20);
		}
		assertThat(compared).isGreaterThan(1800);
		MeterRegistry registry = this.direct.getBean(MeterRegistry.class);
		assertThat(this.mvc.getBean(MeterRegistry.class).find("hparam_advisor.direct_route.requests").counters())
			.isEmpty();
		// the HTTP metrics tell the same story: the same requests under the same route,
		// status, outcome and exception tags
		assertThat(httpRequests(registry)).isEqualTo(httpRequests(this.mvc.getBean(MeterRegistry.class)));
		for (String endpoint : ENDPOINTS) {
			assertThat(httpRequests(registry).entrySet()
				.stream()
				.filter((e) -> e.getKey().matches(".*uri=" + endpoint + "[,}].*"))
				.mapToLong(Map.Entry::getValue)
				.sum()).as(endpoint + " requests in the metrics").isGreaterThan(300);
		}
	}

	private static Map<String, Long> httpRequests(MeterRegistry registry) {
		Map<String, Long> counts = new TreeMap<>();
		for (Timer timer : Search.in(registry).name("http.server.requests").timers()) {
			String uri = timer.getId().getTag("uri");
			if (uri != null && !uri.startsWith("/v3/")) {
				counts.merge(
						new TreeMap<>(timer.getId()
							.getTags()
							.stream()
							.collect(java.util.stream.Collectors.toMap(io.micrometer.core.instrument.Tag::getKey,
									io.micrometer.core.instrument.Tag::getValue)))
							.toString(),
						timer.count(), Long::sum);
			}
		}
		return counts;
	}

	private static double count(MeterRegistry registry, String endpoint, String outcome) {
		return registry.get("hparam_advisor.direct_route.requests")
			.tag("uri", endpoint)
			.tag("outcome", outcome)
			.counter()
			.count();
	}

	private static boolean plain(String[] headers) {
		String contentType = headers[1].toLowerCase(java.util.Locale.ROOT).replace(" ", "");
		boolean json = contentType.equals("application/json") || contentType.equals("application/json;charset=utf-8");
		String accept = (headers.length > 2) ? headers[3] : null;
		return json && (accept == null || List.of("*/*", "application/json", "application/*").contains(accept));
	}

	private int compare(String endpoint, String body, String[] headers) throws IOException, InterruptedException {
		HttpResponse<byte[]> viaDirect = send(this.direct, endpoint, body, headers);
		HttpResponse<byte[]> viaMvc = send(this.mvc, endpoint, body, headers);
		String what = endpoint + " " + Arrays.toString(headers) + " " + body;
		assertThat(viaDirect.statusCode()).as(what).isEqualTo(viaMvc.statusCode());
		assertThat(headersOf(viaDirect)).as(what).isEqualTo(headersOf(viaMvc));
		// the framing may differ: Spring MVC sends an answer larger than Tomcat's buffer
		// chunked, the direct route always with its length
		if (viaDirect.headers().firstValue("transfer-encoding").isEmpty()) {
			assertThat(viaDirect.headers().firstValueAsLong("content-length")).as(what)
				.hasValue(viaDirect.body().length);
		}
		assertThat(new String(viaDirect.body(), StandardCharsets.UTF_8)).as(what)
			.isEqualTo(new String(viaMvc.body(), StandardCharsets.UTF_8));
		return viaDirect.statusCode();
	}

	private static Map<String, List<String>> headersOf(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		headers.remove("content-length");
		headers.remove("transfer-encoding");
		return headers;
	}

	private HttpResponse<byte[]> send(ConfigurableApplicationContext context, String endpoint, String body,
			String[] headers) throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Mostly the plain headers the direct routes take; sometimes others they hand on. */
	private static String[] headers(Random random) {
		String contentType = pick(random, "application/json", "application/json", "application/json",
				"application/json;charset=UTF-8", "Application/JSON; charset=utf-8", "application/json;charset=latin1",
				"text/plain", "application/yaml");
		String accept = pick(random, null, null, "*/*", "*/*", "application/json", "application/*",
				"application/json, */*;q=0.5", "application/yaml", "text/html", "application/problem+json");
		return (accept != null) ? new String[] { "Content-Type", contentType, "Accept", accept }
				: new String[] { "Content-Type", contentType };
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... choices) {
		return choices[random.nextInt(choices.length)];
	}

	/**
	 * The OpenAPI document's JSON examples, the load test's body, and for validate real
	 * configurations.
	 */
	private List<String> seeds(String endpoint) throws IOException, InterruptedException {
		List<String> seeds = new ArrayList<>();
		int port = ((WebServerApplicationContext) this.mvc).getWebServer().getPort();
		HttpResponse<String> docs = this.client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode examples = JSON.readTree(docs.body())
			.path("paths")
			.path(endpoint)
			.path("post")
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("examples");
		for (JsonNode example : examples) {
			JsonNode value = example.path("value");
			seeds.add(value.isString() ? value.asString() : JSON.writeValueAsString(value));
		}
		Path loadTest = Path.of("scripts/loadtest", endpoint.substring("/v1/".length()) + ".json");
		if (Files.isRegularFile(loadTest)) {
			seeds.add(Files.readString(loadTest));
		}
		if (endpoint.equals("/v1/validate")) {
			seeds.addAll(realConfigurations());
		}
		return seeds;
	}

	/**
	 * Real configurations from the shared data, JSON lines and Axolotl YAML turned into
	 * JSON.
	 */
	private static List<String> realConfigurations() throws IOException {
		List<String> configs = new ArrayList<>();
		Path data = Path.of(System.getProperty("shared.dir", "../shared"), "data");
		Path lines = data.resolve("real-training-configs.jsonl");
		if (Files.isRegularFile(lines)) {
			Files.readAllLines(lines).stream().filter((l) -> !l.isBlank()).limit(40).forEach(configs::add);
		}
		Path raw = data.resolve("raw-configs/axolotl");
		if (Files.isDirectory(raw)) {
			YAMLMapper yaml = YAMLMapper.builder().build();
			try (Stream<Path> files = Files.walk(raw)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
					.sorted()
					.limit(40)
					.toList()) {
					try {
						JsonNode tree = yaml.readTree(file.toFile());
						if (tree != null && tree.isObject()) {
							configs.add(JSON.writeValueAsString(tree));
						}
					}
					catch (RuntimeException ex) {
						// a file YAML cannot express as a tree of JSON (anchors with
						// merge keys, ...)
					}
				}
			}
		}
		return configs;
	}

	/** One seeded change to a JSON body. */
	static String mutate(String body, Random random) {
		int kind = random.nextInt(10);
		if (kind == 0) {
			return body.substring(0, random.nextInt(Math.max(1, body.length())));
		}
		if (kind == 1) {
			return pick(random, "null", "[]", "\"text\"", "42", "{}", " ", "{\"a\":1}{", "{\"a\":1,\"a\":2}");
		}
		JsonNode tree = JSON.readTree(body);
		if (!(tree instanceof ObjectNode root)) {
			return body;
		}
		List<ObjectNode> objects = new ArrayList<>();
		collect(root, objects);
		ObjectNode target = objects.get(random.nextInt(objects.size()));
		List<String> names = new ArrayList<>(target.propertyNames());
		if (kind == 2 || names.isEmpty()) {
			target.put("unknown_" + random.nextInt(100), random.nextInt(10));
		}
		else {
			String name = names.get(random.nextInt(names.size()));
			if (kind == 3) {
				target.remove(name);
			}
			else {
				target.set(name, value(random));
			}
		}
		return JSON.writeValueAsString(root);
	}

	private static void collect(JsonNode node, List<ObjectNode> objects) {
		if (node instanceof ObjectNode object) {
			objects.add(object);
		}
		if (node.isContainer()) {
			for (JsonNode child : node) {
				collect(child, objects);
			}
		}
	}

	private static JsonNode value(Random random) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		return switch (random.nextInt(12)) {
			case 0 -> nodes.nullNode();
			case 1 -> nodes.stringNode(pick(random, "", "cosine", "lora", "adamw", "H100", "8B", "x".repeat(200)));
			case 2 -> nodes.numberNode(-random.nextInt(1000));
			case 3 -> nodes.numberNode(random.nextInt(100_000));
			case 4 -> nodes.numberNode(random.nextDouble());
			case 5 -> nodes.numberNode(1e300);
			case 6 -> nodes.booleanNode(random.nextBoolean());
			case 7 -> {
				ArrayNode array = nodes.arrayNode();
				array.add(1).add("two");
				yield array;
			}
			case 8 -> nodes.objectNode().put("value", 1);
			case 9 -> nodes.numberNode(0);
			case 10 -> nodes.numberNode(random.nextInt(64) + 1);
			default -> nodes.stringNode(String.valueOf(random.nextInt(1000)));
		};
	}

}
