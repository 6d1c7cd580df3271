package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;

/**
 * Axolotl YAML: its own names ({@code micro_batch_size}, {@code num_epochs},
 * {@code sequence_len}, {@code lr_scheduler}, {@code adapter}), with the seven
 * projections listed for the adapters.
 */
final class AxolotlExport {

	/** What this format never carries, and why. */
	private static final List<String> NEVER = List.of(
			"max_steps: -1 means unset, which is Axolotl's default; the length comes from num_epochs",
			"dropout, attention_dropout: the model's own values (0); Axolotl changes them only through "
					+ "overrides_of_model_config",
			"model_size: a property of the checkpoint (base_model)",
			"early_stopping_threshold: Axolotl has no setting for it (0, any improvement counts)",
			"temperature, top_p, top_k, do_sample: an Axolotl SFT config has no generation settings (its trl.* "
					+ "keys are GRPO's); use them when serving");

	private AxolotlExport() {
	}

	/** What this format does not carry for this recommendation, and why. */
	static List<String> notWritten(ExportValues v) {
		List<String> lines = new ArrayList<>(NEVER);
		if (!v.preference()) {
			lines.add("loss_function for SFT: cross-entropy is Axolotl's SFT objective; train_on_inputs false masks "
					+ "the prompt");
		}
		return lines;
	}

	static Map<String, Object> tree(ExportValues v) {
		Map<String, Object> t = new LinkedHashMap<>();
		if (v.modelName() != null) {
			t.put("base_model", v.modelName());
		}
		if (v.adapters()) {
			t.put("adapter", (v.method() == Method.QLORA) ? "qlora" : "lora");
			if (v.method() == Method.QLORA) {
				t.put("load_in_4bit", true);
			}
			t.put("lora_r", v.get("lora_r"));
			t.put("lora_alpha", v.get("lora_alpha"));
			t.put("lora_dropout", v.get("lora_dropout"));
			t.put("lora_target_modules", ExportValues.ALL_LINEAR);
		}
		if (v.preference()) {
			t.put("rl", "dpo");
		}
		else {
			t.put("train_on_inputs", false);
		}
		t.put("sequence_len", v.get("sequence_length"));
		t.put("micro_batch_size", v.get("batch_size"));
		t.put("gradient_accumulation_steps", v.get("gradient_accumulation_steps"));
		t.put("num_epochs", v.get("num_epochs"));
		t.put("learning_rate", v.get("learning_rate"));
		t.put("lr_scheduler", v.get("lr_schedule"));
		t.put("warmup_steps", v.get("warmup_steps"));
		t.put("optimizer", v.optimizer());
		t.put("weight_decay", v.get("weight_decay"));
		t.put("adam_beta1", v.get("adam_beta1"));
		t.put("adam_beta2", v.get("adam_beta2"));
		t.put("adam_epsilon", v.get("adam_epsilon"));
		t.put("max_grad_norm", v.get("gradient_clipping"));
		t.put("bf16", v.get("bf16"));
		t.put("gradient_checkpointing", v.get("gradient_checkpointing"));
		t.put("eval_strategy", v.get("eval_strategy"));
		t.put("eval_steps", v.get("eval_steps"));
		t.put("save_strategy", v.get("save_strategy"));
		t.put("save_steps", v.get("save_steps"));
		t.put("load_best_model_at_end", v.get("load_best_model_at_end"));
		t.put("metric_for_best_model", v.get("metric_for_best_model"));
		t.put("early_stopping_patience", v.get("early_stopping_patience"));
		return t;
	}

}
