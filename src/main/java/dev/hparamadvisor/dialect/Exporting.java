package dev.hparamadvisor.dialect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Vocabulary;
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

	/** Tasks trained on responses with a cross-entropy loss. */
	private static final Set<String> SUPERVISED = Set.of("sft", "chat-sft", "multimodal-sft", "instruction",
			"completion");

	/** Tasks Axolotl names with {@code rl}. */
	private static final Set<String> AXOLOTL_RL = Set.of("dpo", "ipo", "kto", "orpo", "simpo", "grpo");

	/** Spellings of the cross-entropy loss, which each tool implies by its SFT task. */
	private static final Set<String> CROSS_ENTROPY = Set.of("cross_entropy", "ce", "nll", "chunked_nll", "sft");

	/** OpenAI's largest fine-tuning {@code batch_size}. */
	private static final BigDecimal OPENAI_MAX_BATCH = BigDecimal.valueOf(256);

	private final Dialect target;

	private final ContextHints context;

	private final String openAiMethod;

	final ObjectNode document = NODES.objectNode();

	final Map<String, JsonNode> written = new LinkedHashMap<>();

	final List<String> unsupported = new ArrayList<>();

	final List<DialectNote> notes = new ArrayList<>();

	private final Set<String> folded = new HashSet<>();

	private final Set<String> given;

	private final KeyTable table;

	private final Vocabulary vocabulary;

	Exporting(KeyTable table, Vocabulary vocabulary, Dialect target, Set<String> given, ContextHints context) {
		this.table = table;
		this.vocabulary = vocabulary;
		this.target = target;
		this.given = given;
		this.context = context;
		this.openAiMethod = "dpo".equals(context.task()) ? "dpo" : "supervised";
	}

	/**
	 * The keys that name the model and what is trained: the model as
	 * {@code model_name_or_path} or {@code base_model}; LLaMA-Factory's {@code stage} and
	 * {@code do_train}; Axolotl's {@code rl}; OpenAI's {@code method.type}. A supervised
	 * task is trained on the responses only: TRL {@code assistant_only_loss} for chat,
	 * {@code completion_only_loss} otherwise, Axolotl {@code train_on_inputs: false}
	 * (LLaMA-Factory masks the prompt by default).
	 */
	void contextKeys() {
		String model = this.context.modelName();
		if (model != null && this.target != Dialect.OPENAI) {
			set((this.target == Dialect.AXOLOTL) ? "base_model" : "model_name_or_path", NODES.stringNode(model));
		}
		String task = this.context.task();
		boolean supervised = task != null && SUPERVISED.contains(task);
		switch (this.target) {
			case OPENAI -> set("method.type", NODES.stringNode(this.openAiMethod));
			case LLAMA_FACTORY -> {
				if (task != null) {
					set("stage", NODES.stringNode(supervised ? "sft" : llamaFactoryStage(task)));
					set("do_train", NODES.booleanNode(true));
				}
			}
			case AXOLOTL -> {
				if (task != null && AXOLOTL_RL.contains(task)) {
					set("rl", NODES.stringNode(task));
				}
				else if (supervised) {
					set("train_on_inputs", NODES.booleanNode(false));
				}
			}
			case HUGGINGFACE -> {
				if (supervised) {
					set(task.equals("chat-sft") ? "assistant_only_loss" : "completion_only_loss",
							NODES.booleanNode(true));
				}
			}
			default -> {
			}
		}
	}

	private static String llamaFactoryStage(String task) {
		return switch (task) {
			case "pretrain" -> "pt";
			case "reward-model" -> "rm";
			case "kto", "ppo" -> task;
			default -> "dpo";
		};
	}

	/**
	 * The keys of a fine-tuning method. QLoRA is 4-bit NF4 with double quantization (TRL
	 * {@code bnb_4bit_quant_type} and {@code use_bnb_nested_quant}; Axolotl and
	 * LLaMA-Factory default to both).
	 */
	void methodKeys(@Nullable Method method, boolean partial) {
		if (method == null && !partial) {
			return;
		}
		boolean adapter = method != null && method.usesAdapters();
		boolean fourBit = method == Method.QLORA;
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
				set("finetuning_type", NODES.stringNode(adapter ? "lora" : partial ? "freeze" : "full"));
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
					set("bnb_4bit_quant_type", NODES.stringNode("nf4"));
					set("use_bnb_nested_quant", NODES.booleanNode(true));
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
		note(Code.DERIVED, openAiPath("batch_size"),
				"OpenAI's batch_size is examples per optimizer step: batch_size × gradient_accumulation_steps × num_devices = "
						+ batch);
		write("total_batch_size", batch);
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
		if (this.target == Dialect.AXOLOTL && name.equals("lora_target_modules") && isAllLinear(value)) {
			// Axolotl's switch for all linear layers, not PEFT's keyword
			set("lora_target_linear", NODES.booleanNode(true));
			this.written.put(name, value);
			return;
		}
		KeyRule rule = this.table.spelling(name, this.target);
		if (rule == null) {
			if (name.equals("learning_rate") && this.target == Dialect.OPENAI) {
				leaveOut(name,
						"OpenAI fine-tuning takes a learning_rate_multiplier relative to its own base rate; an absolute learning_rate has no equivalent, so the multiplier stays \"auto\"");
				if (!this.given.contains("learning_rate_multiplier")) {
					write("learning_rate_multiplier", NODES.stringNode("auto"));
				}
				return;
			}
			leaveOut(name, this.target.id() + " has no key for " + name);
			return;
		}
		JsonNode exported = converted(name, rule, value);
		JsonNode readBack = (rule.path().equals("lora_target")) ? ValueConversions.loraTargets(exported) : exported;
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
		if (!this.vocabulary.isId(name)) {
			return name + " is not an id of the catalogue's vocabulary";
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
		return reasonToLeaveOutForTheTool(name, value);
	}

	private @Nullable String reasonToLeaveOutForTheTool(String name, JsonNode value) {
		if (name.equals("num_devices")) {
			return "the launcher sets the number of devices (torchrun, accelerate, deepspeed), not the configuration";
		}
		if (name.equals("loss_function") && value.isString() && CROSS_ENTROPY.contains(value.asString())) {
			return "cross-entropy is the loss of " + this.target.id()
					+ "'s supervised training, its default; the tool's loss key names preference losses";
		}
		if (this.target == Dialect.HUGGINGFACE && name.startsWith("early_stopping_")) {
			return "an argument of EarlyStoppingCallback, not of TrainingArguments";
		}
		if (this.target == Dialect.AXOLOTL && name.equals("max_steps")) {
			BigDecimal steps = ValueConversions.number(value);
			if (steps != null && steps.signum() <= 0) {
				return ValueConversions.display(value)
						+ " means no limit in Hugging Face; Axolotl's no limit is max_steps unset";
			}
		}
		String task = this.context.task();
		if (this.target == Dialect.AXOLOTL && GenerationKeys.TARGETS.contains(name) && task != null
				&& !task.equals("grpo")) {
			return "Axolotl's generation settings (trl.*) are GRPO's; a " + task + " run has none";
		}
		return null;
	}

	/**
	 * The value in the tool's spelling: LLaMA-Factory's comma-separated
	 * {@code lora_target} and its keyword {@code all}; TRL's and LLaMA-Factory's
	 * {@code sigmoid} for the DPO loss; OpenAI's whole {@code n_epochs} and its
	 * {@code batch_size} of at most 256.
	 */
	private JsonNode converted(String name, KeyRule rule, JsonNode value) {
		if (rule.path().equals("lora_target")) {
			if (value.isArray()) {
				return NODES.stringNode(String.join(",", strings(value)));
			}
			return isAllLinear(value) ? NODES.stringNode("all") : value;
		}
		if (name.equals("loss_function") && value.isString() && value.asString().equals("dpo")
				&& (this.target == Dialect.HUGGINGFACE || this.target == Dialect.LLAMA_FACTORY)) {
			return NODES.stringNode("sigmoid");
		}
		BigDecimal number = (this.target == Dialect.OPENAI) ? ValueConversions.number(value) : null;
		if (number != null && name.equals("num_epochs")) {
			BigDecimal whole = number.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
			if (whole.compareTo(number) != 0) {
				note(Code.NOT_EXPORTED, openAiPath("n_epochs"), "OpenAI's n_epochs is a whole number: "
						+ ValueConversions.display(value) + " is written as " + whole.toBigInteger());
			}
			return NODES.numberNode(whole.toBigInteger());
		}
		if (number != null && name.equals("total_batch_size") && number.compareTo(OPENAI_MAX_BATCH) > 0) {
			note(Code.NOT_EXPORTED, openAiPath("batch_size"), "OpenAI takes a batch_size of at most 256: "
					+ ValueConversions.display(value) + " is written as 256");
			return NODES.numberNode(OPENAI_MAX_BATCH.toBigInteger());
		}
		return value;
	}

	private static boolean isAllLinear(JsonNode value) {
		return value.isString() && value.asString().equals(ValueConversions.ALL_LINEAR);
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
		return (this.target == Dialect.OPENAI) ? "method." + this.openAiMethod + "." + rule.path() : rule.path();
	}

	private String openAiPath(String key) {
		return "method." + this.openAiMethod + ".hyperparameters." + key;
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
