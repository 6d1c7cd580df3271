package dev.hparamadvisor.dialect;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;

import dev.hparamadvisor.dialect.DialectNote.Code;

/**
 * Where a dialect means something else than the canonical name, the conversion and its
 * note; everywhere else the value goes through as written.
 */
final class ValueConversions {

	/** PEFT's keyword for adapters on every linear layer but the output head. */
	static final String ALL_LINEAR = "all-linear";

	private static final Set<String> TRAINING_KEYS = Set.of("learning_rate", "num_train_epochs",
			"per_device_train_batch_size", "max_steps", "output_dir", "gradient_accumulation_steps");

	private static final Set<String> GENERATION_KEYS = Set.of("do_sample", "max_new_tokens", "num_beams", "temperature",
			"top_p", "top_k");

	private final Reading reading;

	private final boolean generationOnly;

	ValueConversions(Reading reading, JsonNode root) {
		this.reading = reading;
		this.generationOnly = !hasAny(root, TRAINING_KEYS) && hasAny(root, GENERATION_KEYS);
	}

	private static boolean hasAny(JsonNode root, Iterable<String> keys) {
		for (String key : keys) {
			if (root.has(key)) {
				return true;
			}
		}
		return false;
	}

	void apply(KeyRule rule, String path, JsonNode value) {
		Dialect dialect = this.reading.dialect;
		if (isAuto(value)) {
			this.reading.note(Code.AUTO_VALUE, path, path + " is \"auto\": " + dialect.id()
					+ " chooses the value, so none was read for " + publicName(rule.target()));
			this.reading.touch();
			return;
		}
		boolean kept = switch (rule.target()) {
			case KeyTable.BETAS -> betas(rule, path, value);
			case KeyTable.NO_GRADIENT_CHECKPOINTING -> inverted(rule, path, value);
			case KeyTable.LORA_TARGET_LINEAR -> targetLinear(rule, path, value);
			default -> plain(rule, path, value);
		};
		if (kept && dialect != Dialect.CANONICAL && !rule.homes().contains(dialect)) {
			this.reading.note(Code.FOREIGN_NAME, path, path + " is not a " + dialect.id() + " key; read as "
					+ publicName(rule.target()) + " as " + definedBy(rule) + " means it");
		}
	}

	private boolean plain(KeyRule rule, String path, JsonNode value) {
		Dialect dialect = this.reading.dialect;
		String target = rule.target();
		Code note = rule.note();
		if (dialect == Dialect.HUGGINGFACE && target.equals("warmup_steps") && isFraction(value)) {
			target = "warmup_ratio";
			note = Code.WARMUP_RATIO_AS_STEPS;
		}
		else if (dialect == Dialect.HUGGINGFACE && this.generationOnly && rule.path().equals("max_length")) {
			target = "generation_max_length";
			note = Code.GENERATION_LENGTH;
		}
		JsonNode read = rule.path().equals("lora_target") ? loraTargets(value) : value;
		if (target.equals("gradient_checkpointing") && isOffload(value)) {
			// Axolotl's schema: gradient_checkpointing: Literal["offload",
			// "offload_disk"] | bool; its versions of 2024 spelled offloading "unsloth"
			read = BooleanNode.TRUE;
			note = Code.OFFLOADED_CHECKPOINTING;
		}
		boolean kept = this.reading.put(target, read, path, rule);
		if (kept && note != null) {
			this.reading.note(note, path, message(note, path, value));
		}
		return kept;
	}

	private boolean betas(KeyRule rule, String path, JsonNode value) {
		if (!value.isArray() || value.size() != 2) {
			this.reading.unknown(path, value);
			return false;
		}
		boolean kept = this.reading.put("adam_beta1", value.get(0), path + "[0]", rule);
		kept |= this.reading.put("adam_beta2", value.get(1), path + "[1]", rule);
		this.reading.note(Code.BETAS_SPLIT, path, path + " split into adam_beta1 and adam_beta2");
		return kept;
	}

	private boolean inverted(KeyRule rule, String path, JsonNode value) {
		Boolean disabled = flag(value);
		if (disabled == null) {
			this.reading.unknown(path, value);
			return false;
		}
		boolean kept = this.reading.put("gradient_checkpointing", BooleanNode.valueOf(!disabled), path, rule);
		if (kept) {
			this.reading.note(Code.INVERTED_FLAG, path,
					path + ": " + disabled + " read as gradient_checkpointing: " + !disabled);
		}
		return kept;
	}

	/**
	 * Axolotl's {@code lora_target_linear}: {@code true} reads as
	 * {@code lora_target_modules = "all-linear"}, since Axolotl then finds the linear
	 * layers itself; {@code false}, its default, sets nothing and the key is ignored.
	 */
	private boolean targetLinear(KeyRule rule, String path, JsonNode value) {
		Boolean linear = flag(value);
		if (linear == null) {
			this.reading.unknown(path, value);
			return false;
		}
		if (!linear) {
			this.reading.ignored.add(path);
			return false;
		}
		return this.reading.put("lora_target_modules", JsonNodeFactory.instance.stringNode(ALL_LINEAR), path, rule);
	}

	/**
	 * Why the key of a duplicate was kept, where the reason is not mere precedence:
	 * Axolotl adds listed modules to every linear layer when {@code lora_target_linear}
	 * is true, so the list does not narrow what gets adapters.
	 */
	static String whyKept(KeyRule winner) {
		if (winner.target().equals(KeyTable.LORA_TARGET_LINEAR)) {
			return ": with lora_target_linear true, Axolotl adds the listed modules to all linear layers, so it reads as "
					+ ALL_LINEAR;
		}
		return "";
	}

	private String message(Code note, String path, JsonNode value) {
		String tool = this.reading.dialect.id();
		return switch (note) {
			case GLOBAL_BATCH -> path + " is a global batch (examples per optimizer step over all devices) in " + tool
					+ "; read as total_batch_size, not the per-device batch_size";
			case RELATIVE_LEARNING_RATE -> path + " multiplies OpenAI's own base learning rate; read as "
					+ "learning_rate_multiplier, since it gives no absolute learning_rate";
			case COMPONENT -> "torchtune component " + path + " = " + display(value) + " read as its parent's value";
			case GENERATION_LENGTH -> path + " counts prompt and generated tokens in " + tool
					+ "; read as generation_max_length, not the training sequence_length";
			case OFFLOADED_CHECKPOINTING -> path + " = " + display(value)
					+ " checkpoints activations and offloads them to CPU memory or disk; read as gradient_checkpointing: true";
			case WARMUP_RATIO_AS_STEPS -> path + " = " + display(value)
					+ " is a float below 1, which Hugging Face v5 reads as a ratio of all steps; read as warmup_ratio";
			default -> path + " converted";
		};
	}

	/**
	 * LLaMA-Factory's comma-separated {@code lora_target} as a list; a single name stays
	 * a string.
	 */
	static JsonNode loraTargets(JsonNode value) {
		if (!value.isString() || !value.asString().contains(",")) {
			return value;
		}
		ArrayNode modules = JsonNodeFactory.instance.arrayNode();
		Arrays.stream(value.asString().split(",")).map(String::trim).forEach(modules::add);
		return modules;
	}

	private static boolean isOffload(JsonNode value) {
		return value.isString() && switch (value.asString().trim()) {
			case "offload", "offload_disk", "unsloth" -> true;
			default -> false;
		};
	}

	static boolean isAuto(JsonNode value) {
		return value.isString() && value.asString().trim().equalsIgnoreCase("auto");
	}

	static boolean isFraction(JsonNode value) {
		BigDecimal number = number(value);
		return number != null && number.signum() > 0 && number.compareTo(BigDecimal.ONE) < 0;
	}

	static @Nullable BigDecimal number(JsonNode value) {
		if (value.isNumber()) {
			boolean finite = !(value.isDouble() || value.isFloat()) || Double.isFinite(value.doubleValue());
			return finite ? value.decimalValue() : null;
		}
		if (value.isString()) {
			try {
				return new BigDecimal(value.asString().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	static String display(JsonNode value) {
		return value.isValueNode() ? value.asString() : value.toString();
	}

	/** A boolean, or a string that spells one (true, false, yes, no); else null. */
	private static @Nullable Boolean flag(JsonNode value) {
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (!value.isString()) {
			return null;
		}
		return switch (value.asString().trim().toLowerCase(Locale.ROOT)) {
			case "true", "yes" -> Boolean.TRUE;
			case "false", "no" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static String publicName(String target) {
		return switch (target) {
			case KeyTable.BETAS -> "adam_beta1 and adam_beta2";
			case KeyTable.NO_GRADIENT_CHECKPOINTING -> "gradient_checkpointing";
			case KeyTable.LORA_TARGET_LINEAR -> "lora_target_modules";
			default -> target;
		};
	}

	private static String definedBy(KeyRule rule) {
		return rule.homes().isEmpty() ? "DeepSpeed, PyTorch or a model config"
				: rule.homes()
					.stream()
					.filter((d) -> d != Dialect.CANONICAL)
					.map(Dialect::id)
					.findFirst()
					.orElse("the project's own vocabulary");
	}

}
