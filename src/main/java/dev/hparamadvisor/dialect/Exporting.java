package dev.hparamadvisor.dialect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.hparamadvisor.dialect.DialectNote.Code;

/**
 * One export by {@link DialectWriter}: the document being built and what was written,
 * left out, and why.
 */
final class Exporting {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Dialect target;

	final ObjectNode document = NODES.objectNode();

	final Map<String, JsonNode> written = new LinkedHashMap<>();

	final List<String> unsupported = new ArrayList<>();

	final List<DialectNote> notes = new ArrayList<>();

	private final Set<String> folded = new HashSet<>();

	private final Set<String> given;

	Exporting(Dialect target, Set<String> given) {
		this.target = target;
		this.given = given;
	}

	void methodKeys(@Nullable FineTuningMethod method) {
		if (this.target == Dialect.OPENAI) {
			set("method.type", NODES.stringNode("supervised"));
		}
		if (method == null) {
			return;
		}
		boolean adapter = method == FineTuningMethod.LORA || method == FineTuningMethod.QLORA;
		boolean fourBit = method == FineTuningMethod.QLORA;
		switch (this.target) {
			case AXOLOTL -> {
				if (adapter) {
					set("adapter", NODES.stringNode(fourBit ? "qlora" : "lora"));
				}
				if (fourBit) {
					set("load_in_4bit", NODES.booleanNode(true));
				}
			}
			case LLAMA_FACTORY -> {
				set("finetuning_type",
						NODES.stringNode(adapter ? "lora" : (method == FineTuningMethod.PARTIAL) ? "freeze" : "full"));
				if (fourBit) {
					set("quantization_bit", NODES.numberNode(4));
				}
			}
			case HUGGINGFACE -> {
				if (adapter) {
					set("use_peft", NODES.booleanNode(true));
				}
				if (fourBit) {
					set("load_in_4bit", NODES.booleanNode(true));
				}
			}
			default -> {
			}
		}
	}

	void openAiBatch(Map<String, JsonNode> values) {
		this.folded.addAll(List.of("batch_size", "gradient_accumulation_steps", "num_devices"));
		if (values.containsKey("total_batch_size") || !values.containsKey("batch_size")) {
			return;
		}
		BigDecimal total = BigDecimal.ONE;
		for (String factor : List.of("batch_size", "gradient_accumulation_steps", "num_devices")) {
			BigDecimal number = values.containsKey(factor) ? ValueConversions.number(values.get(factor))
					: BigDecimal.ONE;
			if (number == null) {
				return;
			}
			total = total.multiply(number);
		}
		JsonNode batch = NODES.numberNode(total.stripTrailingZeros().toBigInteger());
		set("method.supervised.hyperparameters.batch_size", batch);
		this.written.put("total_batch_size", batch);
		note(Code.DERIVED, "method.supervised.hyperparameters.batch_size",
				"OpenAI's batch_size is examples per optimizer step: batch_size × gradient_accumulation_steps × num_devices = "
						+ batch);
	}

	void write(String name, JsonNode value) {
		String reason = reasonToLeaveOut(name, value);
		if (reason != null) {
			leaveOut(name, reason);
			return;
		}
		if (this.target == Dialect.LLAMA_FACTORY && name.equals("gradient_checkpointing") && value.isBoolean()) {
			set("disable_gradient_checkpointing", NODES.booleanNode(!value.booleanValue()));
			this.written.put(name, value);
			return;
		}
		KeyRule rule = KeyTable.spelling(name, this.target);
		if (rule == null) {
			leaveOut(name, (name.equals("learning_rate") && this.target == Dialect.OPENAI)
					? "OpenAI fine-tuning takes a learning_rate_multiplier relative to its own base rate; an absolute learning_rate has no equivalent, so the multiplier stays \"auto\""
					: this.target.id() + " has no key for " + name);
			return;
		}
		JsonNode exported = value;
		JsonNode readBack = value;
		if (rule.path().equals("lora_target")) {
			exported = value.isArray() ? NODES.stringNode(String.join(",", strings(value))) : value;
			readBack = ValueConversions.loraTargets(exported);
		}
		set(path(rule, name), exported);
		if (ValueConversions.isAuto(value)) {
			note(Code.AUTO_VALUE, name, name + " is \"auto\": written for " + this.target.id() + " to choose");
		}
		else {
			this.written.put(name, readBack);
		}
	}

	private @Nullable String reasonToLeaveOut(String name, JsonNode value) {
		if (this.folded.contains(name)) {
			return name + " is folded into OpenAI's global batch_size";
		}
		if (!CompanionParameter.isVocabulary(name)) {
			return name + " is not a canonical or companion name";
		}
		if (value.isObject()) {
			return name + " is an object, not a value or a list";
		}
		if (this.target == Dialect.AXOLOTL && name.equals("total_batch_size")
				&& this.given.contains("gradient_accumulation_steps")) {
			return "Axolotl rejects batch_size beside gradient_accumulation_steps; "
					+ "the global batch follows from micro_batch_size × gradient_accumulation_steps × devices";
		}
		if (this.target == Dialect.HUGGINGFACE && name.equals("warmup_steps") && ValueConversions.isFraction(value)) {
			return "Hugging Face v5 reads a float warmup_steps below 1 as a ratio, so "
					+ ValueConversions.display(value) + " steps cannot be written";
		}
		return null;
	}

	private void leaveOut(String name, String reason) {
		this.unsupported.add(name);
		note(Code.NOT_EXPORTED, name, reason);
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach((item) -> strings.add(ValueConversions.display(item)));
		return strings;
	}

	private String path(KeyRule rule, String name) {
		if (this.target == Dialect.HUGGINGFACE && GenerationKeys.TARGETS.contains(name) && !rule.path().contains(".")) {
			return "generation_config." + rule.path();
		}
		return (this.target == Dialect.OPENAI) ? "method.supervised." + rule.path() : rule.path();
	}

	private void set(String path, JsonNode value) {
		ObjectNode parent = this.document;
		String[] segments = path.split("\\.");
		for (int i = 0; i < segments.length - 1; i++) {
			JsonNode child = parent.get(segments[i]);
			parent = (child instanceof ObjectNode object) ? object : parent.putObject(segments[i]);
		}
		parent.set(segments[segments.length - 1], value);
	}

	private void note(Code code, String path, String message) {
		this.notes.add(new DialectNote(code, path, message));
	}

}
