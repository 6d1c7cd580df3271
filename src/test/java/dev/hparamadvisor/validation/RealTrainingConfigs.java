package dev.hparamadvisor.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Task;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps a row of {@code real-training-configs.jsonl} to canonical names and a context.
 */
final class RealTrainingConfigs {

	/** Row field to canonical name. */
	static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("learning_rate", "learning_rate"),
			Map.entry("micro_batch_size", "batch_size"),
			Map.entry("gradient_accumulation_steps", "gradient_accumulation_steps"),
			Map.entry("num_epochs", "num_epochs"), Map.entry("max_steps", "max_steps"),
			Map.entry("warmup_steps", "warmup_steps"), Map.entry("warmup_ratio", "warmup_ratio"),
			Map.entry("lr_scheduler", "lr_schedule"), Map.entry("optimizer", "optimizer"),
			Map.entry("weight_decay", "weight_decay"), Map.entry("max_grad_norm", "gradient_clipping"),
			Map.entry("sequence_len", "sequence_length"), Map.entry("lora_r", "lora_r"),
			Map.entry("lora_alpha", "lora_alpha"), Map.entry("lora_dropout", "lora_dropout"),
			Map.entry("early_stopping_patience", "early_stopping_patience"));

	private RealTrainingConfigs() {
	}

	static Map<String, JsonNode> canonical(JsonNode row) {
		Map<String, JsonNode> values = new LinkedHashMap<>();
		for (String field : FIELDS.keySet().stream().sorted().toList()) {
			JsonNode value = row.get(field);
			if (value != null && !value.isNull()) {
				values.put(FIELDS.get(field), value);
			}
		}
		return values;
	}

	static ValidationContext context(JsonNode row) {
		Double params = row.hasNonNull("model_params_b") ? row.get("model_params_b").asDouble() * 1e9 : null;
		return new ValidationContext(method(row.path("method").asString("")), task(row.path("task_hint").asString("")),
				params, null, null, null, null);
	}

	static @Nullable Method method(String method) {
		return switch (method) {
			case "full" -> Method.FULL;
			case "lora" -> Method.LORA;
			case "qlora" -> Method.QLORA;
			default -> null;
		};
	}

	static @Nullable Task task(String hint) {
		if (hint.matches("(dpo|kto|orpo|ipo|simpo).*")) {
			return Task.PREFERENCE;
		}
		return switch (hint) {
			case "chat-sft", "sft" -> Task.CHAT;
			case "instruction" -> Task.INSTRUCTION;
			default -> null;
		};
	}

}
