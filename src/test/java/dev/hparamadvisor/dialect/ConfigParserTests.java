package dev.hparamadvisor.dialect;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.hparamadvisor.dialect.UnreadableConfiguration.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assertions.assertTimeout;

class ConfigParserTests {

	private final ConfigParser parser = new ConfigParser();

	@Test
	void parsesJsonAndYamlToTheSameTree() {
		JsonNode json = this.parser.parse(bytes("{\"learning_rate\": 2e-4, \"optimizer\": {\"lr\": 1}}"),
				ConfigFormat.JSON);
		JsonNode yaml = this.parser.parse(bytes("learning_rate: 2.0e-4\noptimizer:\n  lr: 1\n"), ConfigFormat.YAML);
		assertThat(yaml.path("optimizer").path("lr").asInt()).isEqualTo(1);
		assertThat(json.path("learning_rate").asDouble()).isEqualTo(yaml.path("learning_rate").asDouble());
	}

	@Test
	void sniffsTheFormatWhenNoneIsGiven() {
		assertThat(this.parser.parse(bytes("{\"a\": 1}")).path("a").asInt()).isEqualTo(1);
		assertThat(this.parser.parse(bytes("{a: 1}")).path("a").asInt()).isEqualTo(1);
		assertThat(this.parser.parse(bytes("a: 1\n")).path("a").asInt()).isEqualTo(1);
	}

	@Test
	void readsDigitGroupsAsPyYamlDoes() {
		JsonNode tree = this.parser.parse(bytes("sequence_len: 500_000\nname: a_b\n"), ConfigFormat.YAML);
		assertThat(tree.path("sequence_len").isNumber()).isTrue();
		assertThat(tree.path("sequence_len").asLong()).isEqualTo(500_000L);
		assertThat(tree.path("name").asString()).isEqualTo("a_b");
	}

	@Test
	void expandsAnchorsAliasesAndMergeKeys() {
		String yaml = """
				base: &base
				  learning_rate: 1.0e-4
				  num_epochs: 3
				run:
				  <<: *base
				  num_epochs: 1
				again: *base
				""";
		JsonNode tree = this.parser.parse(bytes(yaml), ConfigFormat.YAML);
		assertThat(tree.path("run").path("learning_rate").asDouble()).isEqualTo(1.0e-4);
		assertThat(tree.path("run").path("num_epochs").asInt()).isEqualTo(1);
		assertThat(tree.path("again").path("num_epochs").asInt()).isEqualTo(3);
	}

	@Test
	void rejectsBillionLaughsQuickly() {
		StringBuilder yaml = new StringBuilder(
				"a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
		for (int level = 1; level <= 9; level++) {
			String previous = "*a" + (level - 1);
			yaml.append("a").append(level).append(": &a").append(level).append(" [");
			yaml.append(String.join(",", Collections.nCopies(9, previous))).append("]\n");
		}
		assertTimeout(Duration.ofSeconds(2),
				() -> assertThatExceptionOfType(UnreadableConfiguration.class)
					.isThrownBy(() -> this.parser.parse(bytes(yaml.toString()), ConfigFormat.YAML))
					.satisfies((ex) -> assertThat(ex.problem()).isIn(Problem.TOO_MANY_ALIASES, Problem.TOO_MANY_VALUES))
					.withMessageContaining("line"));
	}

	@Test
	void rejectsAliasExpansionThatStaysUnderTheAliasLimitButGrowsTooLarge() {
		StringBuilder yaml = new StringBuilder("a0: &a0 [1, 2, 3, 4]\n");
		for (int level = 1; level <= 25; level++) {
			yaml.append("a").append(level).append(": &a").append(level).append(" [*a").append(level - 1);
			yaml.append(", *a").append(level - 1).append("]\n");
		}
		assertTimeout(Duration.ofSeconds(2),
				() -> assertThatExceptionOfType(UnreadableConfiguration.class)
					.isThrownBy(() -> this.parser.parse(bytes(yaml.toString()), ConfigFormat.YAML))
					.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.TOO_MANY_VALUES)));
	}

	@Test
	void rejectsTenThousandLevelsOfNestingQuickly() {
		String json = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
		String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
		String flow = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
		assertTimeout(Duration.ofSeconds(2), () -> {
			assertProblem(json, ConfigFormat.JSON, Problem.TOO_DEEP);
			assertProblem(objects, ConfigFormat.JSON, Problem.TOO_DEEP);
			assertProblem(flow, ConfigFormat.YAML, Problem.TOO_DEEP);
			assertProblem(objects, ConfigFormat.YAML, Problem.TOO_DEEP);
		});
	}

	@Test
	void saysWhereTheSyntaxIsWrong() {
		assertThatExceptionOfType(UnreadableConfiguration.class)
			.isThrownBy(() -> this.parser.parse(bytes("{\n  \"a\": 1,\n  \"b\": }"), ConfigFormat.JSON))
			.satisfies((ex) -> {
				assertThat(ex.problem()).isEqualTo(Problem.SYNTAX);
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.getMessage()).startsWith("Not valid JSON").doesNotContain("tools.jackson");
			});
		assertThatExceptionOfType(UnreadableConfiguration.class)
			.isThrownBy(() -> this.parser.parse(bytes("a: 1\nb: [1, 2\n"), ConfigFormat.YAML))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.SYNTAX));
	}

	@Test
	void enforcesEachLimit() {
		ConfigParser small = new ConfigParser(new ParserLimits(3, 1, 10, 20));
		assertThatExceptionOfType(UnreadableConfiguration.class)
			.isThrownBy(() -> small.parse(bytes("{\"a\": \"" + "x".repeat(11) + "\"}"), ConfigFormat.JSON))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.STRING_TOO_LONG));
		assertThatExceptionOfType(UnreadableConfiguration.class)
			.isThrownBy(() -> small.parse(bytes("a: \"" + "x".repeat(50) + "\"\n"), ConfigFormat.YAML))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.STRING_TOO_LONG));
		assertThatExceptionOfType(UnreadableConfiguration.class)
			.isThrownBy(() -> small.parse(bytes("a: &x [1]\nb: *x\nc: *x\n"), ConfigFormat.YAML))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.TOO_MANY_ALIASES));
		assertThatExceptionOfType(UnreadableConfiguration.class)
			.isThrownBy(() -> small.parse(bytes("{\"a\": [[[1]]]}"), ConfigFormat.JSON))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.TOO_DEEP));
		assertThatNoException().isThrownBy(() -> small.parse(bytes("{\"a\": [[1]]}"), ConfigFormat.JSON));
	}

	@Test
	void rejectsWhatIsNotOneObject() {
		assertProblem("", ConfigFormat.YAML, Problem.EMPTY);
		assertProblem("[1, 2]", ConfigFormat.JSON, Problem.NOT_AN_OBJECT);
		assertProblem("just text", ConfigFormat.YAML, Problem.NOT_AN_OBJECT);
		assertProblem("{\"a\": 1} {\"b\": 2}", ConfigFormat.JSON, Problem.TRAILING_CONTENT);
		assertProblem("a: 1\n---\nb: 2\n", ConfigFormat.YAML, Problem.TRAILING_CONTENT);
		assertProblem("{\"a\": 1, \"a\": 2}", ConfigFormat.JSON, Problem.DUPLICATE_KEY);
		assertProblem("a: 1\na: 2\n", ConfigFormat.YAML, Problem.DUPLICATE_KEY);
		assertProblem("a: *nothing\n", ConfigFormat.YAML, Problem.UNDEFINED_ALIAS);
	}

	@Test
	void readKeepsTheLastValueOfAKeyWrittenTwiceAndRecordsEveryValue() {
		ConfigDocument yaml = this.parser.read(bytes("""
				learning_rate: 2e-4
				optimizer:
				  lr: 1
				  lr: 2
				learning_rate: 1e-4
				num_epochs: 3
				learning_rate: 5e-5
				"""), ConfigFormat.YAML);
		assertThat(yaml.root().get("learning_rate").asDouble()).isEqualTo(5e-5);
		assertThat(yaml.root().path("optimizer").get("lr").asInt()).isEqualTo(2);
		assertThat(yaml.repeatedKeys()).extracting(RepeatedKey::path).containsExactly("optimizer.lr", "learning_rate");
		RepeatedKey rate = yaml.repeatedKeys().get(1);
		assertThat(rate.values()).extracting((value) -> value.asDouble()).containsExactly(2e-4, 1e-4, 5e-5);
		assertThat(rate.line()).isEqualTo(7);
		ConfigDocument json = this.parser.read(bytes("{\"a\": 1, \"b\": [{\"c\": 1, \"c\": 2}], \"a\": 3}"),
				ConfigFormat.JSON);
		assertThat(json.root().get("a").asInt()).isEqualTo(3);
		assertThat(json.repeatedKeys()).extracting(RepeatedKey::path).containsExactly("b[0].c", "a");
	}

	@Test
	void readStillRefusesWhatIsNotOneObject() {
		assertThatExceptionOfType(UnreadableConfiguration.class)
			.isThrownBy(() -> this.parser.read(bytes("a: [1, 2\nb: {"), ConfigFormat.YAML))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.SYNTAX));
		assertThat(this.parser.read(bytes("base: &b {x: 1}\nother:\n  <<: *b\n  x: 2\n"), ConfigFormat.YAML)
			.repeatedKeys()).isEmpty();
	}

	@Test
	void mapsMediaTypes() {
		assertThat(ConfigFormat.fromMediaType("application/yaml; charset=utf-8")).contains(ConfigFormat.YAML);
		assertThat(ConfigFormat.fromMediaType("text/x-yaml")).contains(ConfigFormat.YAML);
		assertThat(ConfigFormat.fromMediaType("application/problem+json")).contains(ConfigFormat.JSON);
		assertThat(ConfigFormat.fromMediaType("text/plain")).isEmpty();
	}

	private void assertProblem(String document, ConfigFormat format, Problem problem) {
		assertThatExceptionOfType(UnreadableConfiguration.class)
			.isThrownBy(() -> this.parser.parse(bytes(document), format))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
