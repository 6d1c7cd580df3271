package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Choice;
import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.dialect.ConfigFormat;
import dev.hparamadvisor.dialect.ConfigParser;
import dev.hparamadvisor.dialect.Dialect;
import dev.hparamadvisor.dialect.DialectNote;
import dev.hparamadvisor.dialect.DialectReader;
import dev.hparamadvisor.dialect.ReadConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each export, parsed back as JSON or YAML and read by the project's dialect reader in
 * that tool's names, gives back the recommended values under the canonical names: every
 * value written is read with the same value, nothing unknown is written, and what is not
 * written is exactly what the format says it cannot carry.
 */
class ExportReadBackTests {

	static final Catalogue CATALOGUE = BundledCatalogue.get();

	static final Recommender RECOMMENDER = new Recommender(CATALOGUE);

	static final ToolConfigurations EXPORTS = new ToolConfigurations(BundledCatalogue.get());

	static Stream<Arguments> exports() {
		List<RecommendRequest> requests = List.of(Requests.issueExample(),
				Requests.request(Task.INSTRUCTION, MethodChoice.QLORA, Requests.preset("llama-3.1-70b"), 50_000, 700,
						2000, Requests.gpu("h100", 1), Priority.QUALITY),
				Requests.request(Task.CODE, MethodChoice.FULL, Requests.preset("qwen2.5-1.5b"), 80_000, 900, 2400,
						Requests.gpu("h100", 8), Priority.SPEED),
				Requests.request(Task.PREFERENCE, MethodChoice.LORA, Requests.preset("mistral-7b"), 20_000, 800, null,
						Requests.gpu("a100-80gb", 2), null),
				Requests.request(Task.CLASSIFICATION, MethodChoice.AUTO, Requests.preset("llama-3.2-1b"), 5_000, 120,
						300, Requests.memory(24, 1), null));
		return requests.stream()
			.flatMap((request) -> Stream.of(ExportFormat.values()).map((format) -> Arguments.of(format, request)));
	}

	@ParameterizedTest(name = "{0} {index}")
	@MethodSource("exports")
	void readsBackTheSameNamesAndValues(ExportFormat format, RecommendRequest request) {
		RecommendResponse response = RECOMMENDER.recommend(request);
		ToolConfigurations.Exported exported = EXPORTS.write(response, format);
		ConfigFormat syntax = ConfigFormat.fromMediaType(exported.mediaType()).orElseThrow();
		JsonNode tree = new ConfigParser().parse(exported.body().getBytes(StandardCharsets.UTF_8), syntax);
		Dialect dialect = Dialect.fromName(format.name()).orElseThrow();
		ReadConfiguration read = new DialectReader(BundledCatalogue.get()).read(tree, dialect);
		Map<String, Object> expected = expected(response, format);
		assertThat(read.unknown()).as(exported.body()).isEmpty();
		assertThat(read.values().keySet()).as(exported.body()).isEqualTo(expected.keySet());
		expected.forEach((name, value) -> assertThat(canonical(name, read.values().get(name)))
			.as(name + " in\n" + exported.body())
			.isEqualTo(canonical(name, value)));
		if (format == ExportFormat.AXOLOTL && expected.containsKey("lora_target_modules")) {
			// the recommendation puts adapters on all linear layers: Axolotl's own switch
			assertThat(expected.get("lora_target_modules")).isEqualTo("all-linear");
			assertThat(tree.path("lora_target_linear").isBoolean() && tree.path("lora_target_linear").asBoolean())
				.as(exported.body())
				.isTrue();
			assertThat(tree.has("lora_target_modules")).as(exported.body()).isFalse();
			assertThat(read.values().get("lora_target_modules").asString()).isEqualTo("all-linear");
			assertThat(read.rawNames()).containsEntry("lora_target_modules", "lora_target_linear");
		}
		if (format != ExportFormat.OPENAI) {
			Set<String> missing = new TreeSet<>(response.configuration().keySet());
			missing.add("num_devices");
			missing.removeAll(expected.keySet());
			assertThat(missing).as("not written, in " + exported.notWritten()).isEqualTo(named(exported.notWritten()));
		}
		else {
			assertThat(read.notes()).anyMatch((n) -> n.code() == DialectNote.Code.AUTO_VALUE);
		}
		if (response.validationContext().method() != Method.FULL && format != ExportFormat.OPENAI) {
			assertThat(read.hints().method().jsonName()).isEqualTo(response.validationContext().method().jsonName());
		}
		boolean preference = response.validationContext().task() == Task.PREFERENCE;
		assertThat(read.hints().task()).as(exported.body()).isEqualTo(preference ? "dpo" : "sft");
		if (format != ExportFormat.OPENAI) {
			assertThat(read.hints().modelName()).isEqualTo(response.scenario().model());
		}
	}

	/**
	 * The values the format carries, by canonical name, as the recommendation gives them.
	 */
	static Map<String, Object> expected(RecommendResponse r, ExportFormat format) {
		Map<String, Object> values = new LinkedHashMap<>(r.configuration());
		if (format == ExportFormat.OPENAI) {
			return Map.of("num_epochs", values.get("num_epochs"), "total_batch_size",
					(long) r.plan().effectiveBatchSize());
		}
		boolean greedy = Boolean.FALSE.equals(values.get("do_sample"));
		boolean preference = r.validationContext().task() == Task.PREFERENCE;
		List<String> dropped = switch (format) {
			case HUGGINGFACE -> List.of("dropout", "attention_dropout", "model_size", "early_stopping_patience",
					"early_stopping_threshold");
			case AXOLOTL -> List.of("max_steps", "dropout", "attention_dropout", "model_size",
					"early_stopping_threshold", "temperature", "top_p", "top_k", "do_sample");
			default -> List.of("dropout", "attention_dropout", "model_size", "early_stopping_threshold");
		};
		dropped.forEach(values::remove);
		if (greedy) {
			List.of("temperature", "top_p", "top_k").forEach(values::remove);
		}
		if (!preference) {
			values.remove("loss_function");
		}
		// the method's keys, read back for the tools' checks of quantized bases
		Method method = r.validationContext().method();
		if (method == Method.QLORA) {
			values.put((format == ExportFormat.LLAMAFACTORY) ? "quantization_bit" : "load_in_4bit",
					(format == ExportFormat.LLAMAFACTORY) ? (Object) 4 : Boolean.TRUE);
		}
		if (format == ExportFormat.AXOLOTL && method != null && method.usesAdapters()) {
			values.put("adapter", (method == Method.QLORA) ? "qlora" : "lora");
		}
		return values;
	}

	/** A value in a form that compares across tools' spellings. */
	static Object canonical(String name, Object value) {
		if (value instanceof JsonNode node) {
			if (node.isArray()) {
				return node.valueStream().map(JsonNode::asString).toList().toString();
			}
			value = node.isNumber() ? (Object) node.asDouble() : node.isBoolean() ? node.asBoolean() : node.asString();
		}
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		if (value instanceof String s) {
			if (name.equals("lora_target_modules") && s.equals("all")) {
				return "all-linear";
			}
			return CATALOGUE.find(name).flatMap((e) -> e.choice(s)).map(Choice::value).orElse(s);
		}
		return value;
	}

	/** The names a format's not-written lines start with. */
	static Set<String> named(List<String> notWritten) {
		Set<String> names = new TreeSet<>();
		for (String line : notWritten) {
			for (String part : line.substring(0, line.indexOf(':')).split(",")) {
				names.add(part.trim().split(" ")[0]);
			}
		}
		return names;
	}

}
