package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;

/**
 * LLaMA-Factory YAML: {@code stage}, {@code finetuning_type}, {@code lora_rank},
 * {@code lora_target: all}, {@code cutoff_len}, {@code early_stopping_steps}, the
 * inverted {@code disable_gradient_checkpointing}, and its generating arguments.
 */
final class LlamaFactoryExport {

	/** What this format never carries, and why. */
	private static final List<String> NEVER = List.of(
			"max_steps: -1 is LLaMA-Factory's default; the length comes from num_train_epochs",
			"dropout, attention_dropout: the model's own values (0), set in its config",
			"model_size: a property of the checkpoint (model_name_or_path)",
			"early_stopping_threshold: LLaMA-Factory has no setting for it (0, any improvement counts)");

	private LlamaFactoryExport() {
	}

	/** What this format does not carry for this recommendation, and why. */
	static List<String> notWritten(ExportValues v) {
		List<String> lines = new ArrayList<>(NEVER);
		if (!v.preference()) {
			lines.add("loss_function for SFT: stage sft trains with cross-entropy");
		}
		if (!v.flag("do_sample")) {
			lines.add(HuggingFaceExport.GREEDY);
		}
		return lines;
	}

	static Map<String, Object> tree(ExportValues v) {
		Map<String, Object> t = new LinkedHashMap<>();
		if (v.modelName() != null) {
			t.put("model_name_or_path", v.modelName());
		}
		t.put("stage", v.preference() ? "dpo" : "sft");
		t.put("do_train", true);
		t.put("finetuning_type", v.adapters() ? "lora" : "full");
		if (v.adapters()) {
			if (v.method() == Method.QLORA) {
				t.put("quantization_bit", 4);
			}
			t.put("lora_rank", v.get("lora_r"));
			t.put("lora_alpha", v.get("lora_alpha"));
			t.put("lora_dropout", v.get("lora_dropout"));
			t.put("lora_target", "all");
		}
		if (v.preference()) {
			t.put("pref_loss", "sigmoid");
		}
		t.put("cutoff_len", v.get("sequence_length"));
		t.put("per_device_train_batch_size", v.get("batch_size"));
		t.put("gradient_accumulation_steps", v.get("gradient_accumulation_steps"));
		t.put("learning_rate", v.get("learning_rate"));
		t.put("num_train_epochs", v.get("num_epochs"));
		t.put("lr_scheduler_type", v.get("lr_schedule"));
		t.put("warmup_steps", v.get("warmup_steps"));
		t.put("optim", v.optimizer());
		t.put("weight_decay", v.get("weight_decay"));
		t.put("adam_beta1", v.get("adam_beta1"));
		t.put("adam_beta2", v.get("adam_beta2"));
		t.put("adam_epsilon", v.get("adam_epsilon"));
		t.put("max_grad_norm", v.get("gradient_clipping"));
		t.put("bf16", v.get("bf16"));
		t.put("disable_gradient_checkpointing", !v.flag("gradient_checkpointing"));
		t.put("eval_strategy", v.get("eval_strategy"));
		t.put("eval_steps", v.get("eval_steps"));
		t.put("save_strategy", v.get("save_strategy"));
		t.put("save_steps", v.get("save_steps"));
		t.put("load_best_model_at_end", v.get("load_best_model_at_end"));
		t.put("metric_for_best_model", v.get("metric_for_best_model"));
		t.put("early_stopping_steps", v.get("early_stopping_patience"));
		t.putAll(v.generation());
		return t;
	}

}
