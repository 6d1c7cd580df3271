package dev.hparamadvisor.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.SubParameter;
import dev.hparamadvisor.catalogue.Task;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static dev.hparamadvisor.validation.Configurations.CATALOGUE;
import static dev.hparamadvisor.validation.Configurations.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any map of known and unknown names to any JSON values, in any context and dialect: the
 * validator never throws, every finding names a parameter, a listed code and a severity,
 * and the configuration is valid exactly when there is no ERROR. Runs the inputs under
 * {@code src/test/resources} in {@code ./mvnw verify}; fuzzes with
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ValidatorFuzzTests}.
 */
class ValidatorFuzzTests {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final List<String> NAMES = names();

	private static final String[] DIALECTS = { "huggingface", "axolotl", "llamafactory", "torchtune", "vllm", "openai",
			"keras" };

	private static final double[] EDGES = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
			1.0, -1.0, 0.1, 0.5, 0.999, 2.0, 1.0e-8, 1.0e-300, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
			1.0e15, 9.1e15, 1.0e19, 2.0e-5, 8096, 8192, 1875 };

	@FuzzTest(maxDuration = "60s")
	void validatesAnyConfigurationWithoutFailing(FuzzedDataProvider data) {
		Map<String, JsonNode> values = new LinkedHashMap<>();
		int size = data.consumeInt(0, 16);
		for (int i = 0; i < size; i++) {
			String name = data.consumeBoolean() ? NAMES.get(data.consumeInt(0, NAMES.size() - 1))
					: data.consumeString(24);
			values.put(name, value(data, 0));
		}
		ValidationContext context = context(data);
		int choice = data.consumeInt(0, DIALECTS.length);
		String dialect = (choice < DIALECTS.length) ? DIALECTS[choice] : null;

		ValidationReport report = VALIDATOR.validate(values, context, dialect);

		boolean anyError = false;
		for (Finding finding : report.findings()) {
			assertThat(finding.parameter()).isNotBlank();
			assertThat(finding.severity()).isNotNull();
			assertThat(finding.message()).isNotBlank();
			assertThat(finding.code()).isNotNull();
			assertThat(finding.sources()).allMatch((id) -> CATALOGUE.source(id).isPresent());
			anyError |= finding.severity() == Severity.ERROR;
		}
		assertThat(report.valid()).isEqualTo(!anyError);
		assertThat(report.summary().errors() + report.summary().warnings() + report.summary().infos())
			.isEqualTo(report.findings().size());
	}

	private static JsonNode value(FuzzedDataProvider data, int depth) {
		return switch (data.consumeInt(0, (depth < 2) ? 11 : 9)) {
			case 0 -> JSON.numberNode(data.consumeDouble());
			case 1 -> JSON.numberNode(EDGES[data.consumeInt(0, EDGES.length - 1)]);
			case 2 -> JSON.numberNode(data.consumeLong());
			case 3 -> JSON.numberNode(data.consumeInt(-5, 10_000));
			case 4 -> JSON.numberNode(data.consumeProbabilityDouble());
			case 5 ->
				JSON.numberNode(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-400, 400)));
			case 6 -> JSON.stringNode(data.consumeString(32));
			case 7 -> JSON.stringNode(text(data));
			case 8 -> JSON.booleanNode(data.consumeBoolean());
			case 9 -> JSON.nullNode();
			case 10 -> array(data, depth);
			default -> object(data, depth);
		};
	}

	private static String text(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 5)) {
			case 0 -> "auto";
			case 1 -> " " + EDGES[data.consumeInt(0, EDGES.length - 1)] + " ";
			case 2 -> "true";
			case 3 -> "1e400";
			case 4 -> NAMES.get(data.consumeInt(0, NAMES.size() - 1));
			default -> String.valueOf(data.consumeDouble());
		};
	}

	private static ArrayNode array(FuzzedDataProvider data, int depth) {
		ArrayNode array = JSON.arrayNode();
		int size = data.consumeInt(0, 3);
		for (int i = 0; i < size; i++) {
			array.add(value(data, depth + 1));
		}
		return array;
	}

	private static ObjectNode object(FuzzedDataProvider data, int depth) {
		ObjectNode object = JSON.objectNode();
		int size = data.consumeInt(0, 3);
		for (int i = 0; i < size; i++) {
			object.set(data.consumeString(8), value(data, depth + 1));
		}
		return object;
	}

	private static ValidationContext context(FuzzedDataProvider data) {
		Method method = data.consumeBoolean() ? data.pickValue(Method.values()) : null;
		Task task = data.consumeBoolean() ? data.pickValue(Task.values()) : null;
		Double parameters = data.consumeBoolean() ? number(data) : null;
		Long window = data.consumeBoolean() ? data.consumeLong() : null;
		Long examples = data.consumeBoolean()
				? (data.consumeBoolean() ? data.consumeLong(-2, 100_000) : data.consumeLong()) : null;
		Integer devices = data.consumeBoolean() ? (data.consumeBoolean() ? data.consumeInt(-2, 64) : data.consumeInt())
				: null;
		Double memory = data.consumeBoolean() ? number(data) : null;
		return new ValidationContext(method, task, parameters, window, examples, devices, memory);
	}

	private static @Nullable Double number(FuzzedDataProvider data) {
		return data.consumeBoolean() ? EDGES[data.consumeInt(0, EDGES.length - 1)] : data.consumeDouble();
	}

	/** Canonical ids, aliases, sub-parameters, companions and a few near misses. */
	private static List<String> names() {
		List<String> names = new ArrayList<>();
		for (Hyperparameter entry : CATALOGUE.all()) {
			names.add(entry.id());
			names.addAll(entry.aliases());
			for (SubParameter sub : entry.subParameters()) {
				names.add(sub.id());
				names.addAll(sub.aliases());
			}
		}
		CATALOGUE.companions().forEach((companion) -> names.add(companion.id()));
		names.addAll(List.of("max_tokens", "lora_rank", "evaluation_strategy", "train_batch_size", "learnin_rate",
				"output_dir", "Learning-Rate", "LR", "", " ", "seed", "beta"));
		return List.copyOf(names);
	}

}
