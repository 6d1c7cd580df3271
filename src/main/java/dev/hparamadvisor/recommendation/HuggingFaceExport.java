package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Task;

/**
 * Hugging Face: {@code TrainingArguments} with TRL's {@code SFTConfig} or
 * {@code DPOConfig} fields, TRL's PEFT fields ({@code use_peft}, {@code lora_r}, ...),
 * {@code EarlyStoppingCallback}'s two arguments, and a {@code generation_config} object.
 */
final class HuggingFaceExport {

	/** What this format never carries, and why. */
	private static final List<String> NEVER = List.of(
			"dropout, attention_dropout: the model's own values (0), set in its config, not the trainer's",
			"model_size: a property of the checkpoint (model_name_or_path)");

	/** Why greedy decoding writes no sampling settings. */
	static final String GREEDY = "temperature, top_p, top_k when decoding is greedy: do_sample false makes them meaningless";

	private HuggingFaceExport() {
	}

	/** What this format does not carry for this recommendation, and why. */
	static List<String> notWritten(ExportValues v) {
		List<String> lines = new ArrayList<>(NEVER);
		if (!v.preference()) {
			lines.add("loss_function for SFT: cross-entropy is TRL's SFT loss (loss_type nll, its default); "
					+ "assistant_only_loss or completion_only_loss masks the prompt");
		}
		if (!v.flag("do_sample")) {
			lines.add(GREEDY);
		}
		return lines;
	}

	static Map<String, Object> tree(ExportValues v) {
		Map<String, Object> t = new LinkedHashMap<>();
		if (v.modelName() != null) {
			t.put("model_name_or_path", v.modelName());
		}
		t.put("learning_rate", v.get("learning_rate"));
		t.put("per_device_train_batch_size", v.get("batch_size"));
		t.put("gradient_accumulation_steps", v.get("gradient_accumulation_steps"));
		t.put("num_train_epochs", v.get("num_epochs"));
		t.put("max_steps", v.get("max_steps"));
		t.put("warmup_steps", v.get("warmup_steps"));
		t.put("lr_scheduler_type", v.get("lr_schedule"));
		t.put("optim", v.optimizer());
		t.put("weight_decay", v.get("weight_decay"));
		t.put("adam_beta1", v.get("adam_beta1"));
		t.put("adam_beta2", v.get("adam_beta2"));
		t.put("adam_epsilon", v.get("adam_epsilon"));
		t.put("max_grad_norm", v.get("gradient_clipping"));
		t.put("max_length", v.get("sequence_length"));
		t.put("bf16", v.get("bf16"));
		t.put("gradient_checkpointing", v.get("gradient_checkpointing"));
		if (v.preference()) {
			t.put("loss_type", "sigmoid");
		}
		else {
			t.put((v.task() == Task.CHAT) ? "assistant_only_loss" : "completion_only_loss", true);
		}
		t.put("eval_strategy", v.get("eval_strategy"));
		t.put("eval_steps", v.get("eval_steps"));
		t.put("save_strategy", v.get("save_strategy"));
		t.put("save_steps", v.get("save_steps"));
		t.put("load_best_model_at_end", v.get("load_best_model_at_end"));
		t.put("metric_for_best_model", v.get("metric_for_best_model"));
		t.put("early_stopping_patience", v.get("early_stopping_patience"));
		t.put("early_stopping_threshold", v.get("early_stopping_threshold"));
		if (v.adapters()) {
			t.put("use_peft", true);
			t.put("lora_r", v.get("lora_r"));
			t.put("lora_alpha", v.get("lora_alpha"));
			t.put("lora_dropout", v.get("lora_dropout"));
			t.put("lora_target_modules", v.get("lora_target_modules"));
			if (v.method() == Method.QLORA) {
				t.put("load_in_4bit", true);
				t.put("bnb_4bit_quant_type", "nf4");
				t.put("use_bnb_nested_quant", true);
			}
		}
		t.put("generation_config", v.generation());
		return t;
	}

}
