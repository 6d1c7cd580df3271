package dev.hparamadvisor.dialect;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the 279 published YAML files behind {@code real-training-configs.jsonl} and
 * checks that the reader finds the figures and key names the extractor recorded for each
 * row: auto-detected and with the dialect named.
 */
class DialectRealConfigsTests {

	/** Row field to canonical or companion name. */
	private static final Map<String, String> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("learning_rate", "learning_rate");
		FIELDS.put("micro_batch_size", "batch_size");
		FIELDS.put("gradient_accumulation_steps", "gradient_accumulation_steps");
		FIELDS.put("num_epochs", "num_epochs");
		FIELDS.put("max_steps", "max_steps");
		FIELDS.put("warmup_steps", "warmup_steps");
		FIELDS.put("warmup_ratio", "warmup_ratio");
		FIELDS.put("lr_scheduler", "lr_schedule");
		FIELDS.put("optimizer", "optimizer");
		FIELDS.put("weight_decay", "weight_decay");
		FIELDS.put("max_grad_norm", "gradient_clipping");
		FIELDS.put("sequence_len", "sequence_length");
		FIELDS.put("lora_r", "lora_r");
		FIELDS.put("lora_alpha", "lora_alpha");
		FIELDS.put("lora_dropout", "lora_dropout");
		FIELDS.put("early_stopping_patience", "early_stopping_patience");
	}

	private static final String NO_SIZE_IN_NAME = "the name states no size; the extractor used the published count";

	/**
	 * Rows whose {@code model_params_b} the name alone cannot give: model name to what
	 * the reader reads (in billions, {@code null} for none) and why.
	 */
	private static final Map<String, Documented> SIZE_EXCEPTIONS = Map.ofEntries(
			Map.entry("LnL-AI/dbrx-base-converted-v2", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("TinyLlama/TinyLlama_v1.1", new Documented(null, NO_SIZE_IN_NAME + " (1.1 is the version)")),
			Map.entry("deepseek-ai/DeepSeek-V2-Lite", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("axolotl-quants/DeepSeek-V2.5-bnb-nf4-bf16", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("mistralai/Devstral-Small-2507", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("zai-org/GLM-4.5-Air", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("ibm-granite/granite-4.0-tiny-preview", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("ai21labs/Jamba-v0.1", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("ai21labs/AI21-Jamba-1.5-Large", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("mistralai/Magistral-Small-2506", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("mistralai/Magistral-Small-2507", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("mistralai/Magistral-Small-2509", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("MiniMaxAI/MiniMax-M2", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("microsoft/Phi-3.5-mini-instruct", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("microsoft/Phi-3-mini-4k-instruct", new Documented(null, NO_SIZE_IN_NAME + " (4k is context)")),
			Map.entry("microsoft/phi-1_5", new Documented(null, NO_SIZE_IN_NAME + " (1_5 is the version)")),
			Map.entry("microsoft/phi-2", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("gpt2", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("BramVanroy/gpt2-sft-dutch", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("BramVanroy/gpt2-cpt-dutch", new Documented(null, NO_SIZE_IN_NAME)),
			Map.entry("Qwen/Qwen1.5-MoE-A2.7B",
					new Documented(null, "A2.7B is the active count of a mixture of experts, not the total")),
			Map.entry("axolotl-quants/Llama-4-Scout-17B-16E-Linearized-bnb-nf4-bf16",
					new Documented(null, "17B-16E is the per-token count beside 16 experts, not the total")),
			Map.entry("axolotl-quants/Llama-4-Maverick-17B-128E-Linearized-bnb-nf4-bf16",
					new Documented(null, "17B-128E is the per-token count beside 128 experts, not the total")),
			Map.entry("mistralai/Mixtral-8x7B-v0.1", new Documented(new BigDecimal("56"),
					"8x7B reads as the product 56B, an upper bound; experts share attention, so the published total is 46.7B")),
			Map.entry("mistral-community/Mixtral-8x22B-v0.1", new Documented(new BigDecimal("176"),
					"8x22B reads as the product 176B, an upper bound; experts share attention, so the published total is 141B")));

	private static List<Row> rows;

	private final ConfigParser parser = new ConfigParser();

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	@BeforeEach
	void loadRows() {
		Path data = SharedData.data();
		if (rows == null) {
			rows = SharedData.jsonLines("real-training-configs.jsonl")
				.stream()
				.map((row) -> Row.of(row, data))
				.toList();
		}
	}

	@Test
	void everyRowHasItsFile() {
		assertThat(rows).hasSize(277).allSatisfy((row) -> assertThat(row.file()).isRegularFile());
	}

	@Test
	void detectsEachToolFromTheKeys() {
		List<String> mismatches = new ArrayList<>();
		for (Row row : rows) {
			ReadConfiguration read = this.reader.read(parse(row));
			if (!read.detected() || read.dialect() != row.dialect()) {
				mismatches.add(row.path() + ": detected " + read.dialect() + ", expected " + row.dialect() + " — "
						+ read.notes().get(0).message());
			}
		}
		assertThat(mismatches).as(report(mismatches)).isEmpty();
	}

	@Test
	void findsEveryFigureAutoDetected() {
		assertFigures(false);
	}

	@Test
	void findsEveryFigureWithTheDialectNamed() {
		assertFigures(true);
	}

	private void assertFigures(boolean named) {
		List<String> mismatches = new ArrayList<>();
		int compared = 0;
		for (Row row : rows) {
			ReadConfiguration read = named ? this.reader.read(parse(row), row.dialect()) : this.reader.read(parse(row));
			for (Map.Entry<String, String> field : FIELDS.entrySet()) {
				JsonNode expected = row.json().path(field.getKey());
				if (expected.isNull() || expected.isMissingNode()) {
					continue;
				}
				compared++;
				JsonNode actual = read.values().get(field.getValue());
				if (actual == null || !sameValue(expected, actual)) {
					mismatches.add(row.path() + ": " + field.getValue() + " expected " + expected + " but read "
							+ actual + " (raw names " + read.rawNames() + ")");
				}
				String rawName = row.json().path("raw_names").path(field.getKey()).asString(null);
				if (rawName != null && !rawName.equals(read.rawNames().get(field.getValue()))) {
					mismatches.add(row.path() + ": " + field.getValue() + " raw name expected " + rawName + " but was "
							+ read.rawNames().get(field.getValue()));
				}
			}
		}
		assertThat(compared).isGreaterThan(2500);
		assertThat(mismatches).as(report(mismatches)).isEmpty();
	}

	@Test
	void knowsEveryKeyOfTheToolItReads() {
		List<String> mismatches = new ArrayList<>();
		for (Row row : rows) {
			ReadConfiguration read = this.reader.read(parse(row), row.dialect());
			if (!read.unknown().isEmpty()) {
				mismatches.add(row.path() + ": unknown " + read.unknown());
			}
			read.notes()
				.stream()
				.filter((note) -> note.code() == DialectNote.Code.FOREIGN_NAME)
				.forEach((note) -> mismatches.add(row.path() + ": " + note.message()));
		}
		assertThat(mismatches).as(report(mismatches)).isEmpty();
	}

	/**
	 * Axolotl's {@code lora_target_linear: true} (92 rows) reads as all-linear; beside a
	 * list of modules (19 rows) it wins with a note, because Axolotl adds the list to all
	 * linear layers.
	 */
	@Test
	void readsLoraTargetLinearAsAllLinear() {
		List<String> mismatches = new ArrayList<>();
		int linear = 0;
		int beside = 0;
		for (Row row : rows) {
			JsonNode tree = parse(row);
			boolean flag = tree.path("lora_target_linear").asBoolean(false);
			ReadConfiguration read = this.reader.read(tree, row.dialect());
			JsonNode targets = read.values().get("lora_target_modules");
			boolean allLinear = targets != null && targets.isString() && targets.asString().equals("all-linear");
			if (flag) {
				linear++;
			}
			if (flag != allLinear) {
				mismatches.add(row.path() + ": lora_target_linear " + flag + " but read " + targets);
			}
			if (flag && tree.path("lora_target_modules").isArray()) {
				beside++;
				if (read.notes().stream().noneMatch((note) -> note.code() == DialectNote.Code.DUPLICATE)) {
					mismatches.add(row.path() + ": no note that lora_target_linear wins over the list");
				}
			}
		}
		assertThat(mismatches).as(report(mismatches)).isEmpty();
		assertThat(linear).isEqualTo(92);
		assertThat(beside).isEqualTo(19);
	}

	@Test
	void readsTheMethodOfEachRow() {
		List<String> mismatches = new ArrayList<>();
		for (Row row : rows) {
			String method = row.json().path("method").asString();
			if (!List.of("full", "lora", "qlora").contains(method)) {
				continue;
			}
			Method read = this.reader.read(parse(row)).hints().method();
			if (read == null || !read.jsonName().equals(method)) {
				mismatches.add(row.path() + ": method expected " + method + " but read " + read);
			}
		}
		assertThat(mismatches).as(report(mismatches)).isEmpty();
	}

	@Test
	void readsTheModelSizeFromTheName() {
		List<String> mismatches = new ArrayList<>();
		int matched = 0;
		int documented = 0;
		for (Row row : rows) {
			JsonNode expected = row.json().path("model_params_b");
			if (!expected.isNumber()) {
				continue;
			}
			String name = row.json().path("base_model").asString();
			Long read = this.reader.read(parse(row)).hints().modelParameters();
			BigDecimal billions = (read != null) ? BigDecimal.valueOf(read).movePointLeft(9) : null;
			Documented exception = SIZE_EXCEPTIONS.get(name);
			BigDecimal wanted = (exception != null) ? exception.read() : expected.decimalValue();
			if (!sameNumber(wanted, billions)) {
				mismatches.add(row.path() + ": " + name + " expected " + wanted + "B but read " + billions);
			}
			else if (exception != null) {
				documented++;
			}
			else {
				matched++;
			}
		}
		assertThat(mismatches).as(report(mismatches)).isEmpty();
		assertThat(matched).isEqualTo(222);
		assertThat(documented).isEqualTo(44);
	}

	private static boolean sameNumber(BigDecimal expected, BigDecimal actual) {
		return (expected == null) ? actual == null : actual != null && expected.compareTo(actual) == 0;
	}

	private JsonNode parse(Row row) {
		try {
			return this.parser.parse(Files.readAllBytes(row.file()), ConfigFormat.YAML);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean sameValue(JsonNode expected, JsonNode actual) {
		if (expected.isNumber()) {
			BigDecimal read = number(actual);
			return read != null && read.compareTo(expected.decimalValue()) == 0;
		}
		return expected.asString().equals(actual.asString());
	}

	private static BigDecimal number(JsonNode node) {
		try {
			return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString().trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String report(List<String> mismatches) {
		return mismatches.size() + " mismatches:\n" + String.join("\n", mismatches);
	}

	record Documented(BigDecimal read, String reason) {
	}

	record Row(JsonNode json, Path file, Dialect dialect) {

		static Row of(JsonNode json, Path data) {
			boolean axolotl = json.path("source_repo").asString().endsWith("/axolotl");
			Path file = data.resolve("raw-configs")
				.resolve(axolotl ? "axolotl" : "alignment-handbook")
				.resolve(json.path("source_path").asString());
			return new Row(json, file, axolotl ? Dialect.AXOLOTL : Dialect.HUGGINGFACE);
		}

		String path() {
			return json.path("source_path").asString();
		}

	}

}
