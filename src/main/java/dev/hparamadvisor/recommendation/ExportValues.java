package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.dialect.ContextHints;
import dev.hparamadvisor.dialect.DialectWriter;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation as every export takes it: the values that go in, by canonical name,
 * and the context they run in (method, model, task). {@link DialectWriter} spells them in
 * each tool's names; what the recommendation itself leaves out is listed with its reason.
 */
final class ExportValues {

	/** The order values are written in; any other value follows. */
	private static final List<String> ORDER = List.of("learning_rate", "lr_schedule", "warmup_steps", "num_epochs",
			"max_steps", "batch_size", "gradient_accumulation_steps", "sequence_length", "optimizer", "adam_beta1",
			"adam_beta2", "adam_epsilon", "weight_decay", "gradient_clipping", "bf16", "gradient_checkpointing",
			"loss_function", "lora_r", "lora_alpha", "lora_dropout", "lora_target_modules", "eval_strategy",
			"eval_steps", "save_strategy", "save_steps", "load_best_model_at_end", "metric_for_best_model",
			"early_stopping_patience", "early_stopping_threshold", "do_sample", "temperature", "top_p", "top_k");

	/** What no export carries, and why. */
	private static final List<Map.Entry<List<String>, String>> NEVER = List.of(
			Map.entry(List.of("dropout", "attention_dropout"),
					"the model's own values (0), set in its config, not the trainer's"),
			Map.entry(List.of("model_size"), "a property of the checkpoint, named by the model"));

	/** The sampling settings that greedy decoding makes meaningless. */
	private static final List<String> SAMPLING = List.of("temperature", "top_p", "top_k");

	private final RecommendResponse response;

	ExportValues(RecommendResponse response) {
		this.response = response;
	}

	/**
	 * The values to write: the configuration without what {@link #leftOut()} names, the
	 * optimizer as the kernel the plan runs (paged 32-bit AdamW for QLoRA, as in the
	 * QLoRA paper; bitsandbytes 8-bit AdamW for an 8-bit plan; fused AdamW otherwise),
	 * and the number of GPUs, which OpenAI folds into its global batch.
	 */
	Map<String, Object> values() {
		Map<String, Object> configuration = this.response.configuration();
		Map<String, Object> values = new LinkedHashMap<>();
		ORDER.stream().filter(configuration::containsKey).forEach((id) -> values.put(id, configuration.get(id)));
		configuration.forEach(values::putIfAbsent);
		NEVER.forEach((never) -> never.getKey().forEach(values::remove));
		if (greedy()) {
			SAMPLING.forEach(values::remove);
		}
		values.computeIfPresent("optimizer", (id, optimizer) -> optimizer());
		values.put("num_devices", this.response.plan().numGpus());
		return values;
	}

	/** The method, the model's repo id when it is a preset, and the task. */
	ContextHints context() {
		Method method = this.response.validationContext().method();
		Task task = this.response.validationContext().task();
		String trained = (task == Task.PREFERENCE) ? "dpo" : (task == Task.CHAT) ? "chat-sft" : "sft";
		return new ContextHints(method, false, modelName(), null, trained, null);
	}

	/** What the recommendation does not export, each line names first, then why. */
	List<String> leftOut() {
		List<String> lines = new ArrayList<>();
		NEVER.forEach((never) -> lines.add(String.join(", ", never.getKey()) + ": " + never.getValue()));
		if (greedy()) {
			lines.add(String.join(", ", SAMPLING) + ": decoding is greedy; do_sample false makes them meaningless");
		}
		return lines;
	}

	private boolean greedy() {
		return Boolean.FALSE.equals(this.response.configuration().get("do_sample"));
	}

	private String optimizer() {
		if (this.response.validationContext().method() == Method.QLORA) {
			return "paged_adamw_32bit";
		}
		return this.response.plan().optimizer().equals("adamw_8bit") ? "adamw_bnb_8bit" : "adamw_torch_fused";
	}

	private @Nullable String modelName() {
		String model = this.response.scenario().model();
		return (model.contains("/") && !model.contains(" ")) ? model : null;
	}

}
