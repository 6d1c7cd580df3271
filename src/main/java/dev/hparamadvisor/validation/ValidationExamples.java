package dev.hparamadvisor.validation;

/**
 * Request examples and the operation's description for the OpenAPI document.
 */
final class ValidationExamples {

	static final String DESCRIPTION = """
			Checks a whole configuration and answers every finding at once: ERROR for impossible values and \
			contradictions that make the run wrong, WARNING for legal values that are unusual in this context, \
			INFO for guidance, including where the source ebook's generic range and standard practice disagree.

			The body is either the envelope `{"hyperparameters": {...}, "context": {...}}` or a configuration as \
			written for another tool (Hugging Face TrainingArguments, Axolotl, LLaMA-Factory, torchtune, vLLM, \
			OpenAI), JSON or YAML (`Content-Type: application/yaml`), flat or nested. Name the tool with \
			`?dialect=` or let the service detect it from the keys. Keys that are not hyperparameters (paths, \
			dataset names) are listed under `ignored`; what the reader converted or decided on the way (a global \
			batch, a detected dialect, a foreign key) is listed under `notes`, each as `{code, path, message}`.

			A bad value inside a good body is a finding, and the answer is 200 with `valid: false`. A body that \
			is not a configuration at all is a 400 problem.

			Every finding carries `parameter` (a canonical id or companion name), `severity`, a stable `code`, \
			a `message`, and where they apply the `value`, what was `expected`, a `suggestion` and the `sources` \
			(ids of `GET /v1/sources`). The codes:
			""";

	static final String ENVELOPE = """
			{
			  "hyperparameters": {
			    "learning_rate": 2e-4, "per_device_train_batch_size": 4, "gradient_accumulation_steps": 4,
			    "num_train_epochs": 3, "warmup_steps": 2000, "lr_scheduler_type": "cosine",
			    "optim": "paged_adamw_8bit", "lora_r": 16, "lora_alpha": 32, "max_seq_length": 4096
			  },
			  "context": {
			    "method": "lora", "task": "chat", "model_parameters": 8.0e9, "model_max_context": 8192,
			    "dataset_examples": 12000, "num_devices": 1
			  }
			}""";

	static final String HUGGING_FACE = """
			{
			  "output_dir": "out/llama-3.1-8b-sft",
			  "learning_rate": 2e-5,
			  "per_device_train_batch_size": 2,
			  "gradient_accumulation_steps": 16,
			  "num_train_epochs": 3,
			  "warmup_ratio": 0.03,
			  "lr_scheduler_type": "cosine",
			  "weight_decay": 0.0,
			  "max_grad_norm": 1.0,
			  "bf16": true,
			  "gradient_checkpointing": true
			}""";

	static final String SAMPLING = """
			{
			  "model": "meta-llama/Llama-3.1-8B-Instruct",
			  "temperature": 0,
			  "top_p": 0.9,
			  "top_k": 40,
			  "max_tokens": 512
			}""";

	static final String AXOLOTL = """
			base_model: meta-llama/Llama-3.1-8B
			load_in_4bit: true
			adapter: qlora
			lora_r: 32
			lora_alpha: 16
			lora_dropout: 0.05
			lora_target_linear: true
			datasets:
			  - path: mhenrichsen/alpaca_2k_test
			    type: alpaca
			sequence_len: 4096
			sample_packing: true
			micro_batch_size: 2
			gradient_accumulation_steps: 4
			num_epochs: 4
			optimizer: paged_adamw_32bit
			lr_scheduler: cosine
			learning_rate: 0.0002
			warmup_steps: 10
			weight_decay: 0.0
			output_dir: ./outputs/qlora-out
			""";

	static final String REPORT = """
			{
			  "valid": false,
			  "summary": {"errors": 1, "warnings": 0, "infos": 0},
			  "findings": [
			    {"parameter": "warmup_steps", "related": ["num_epochs"], "severity": "ERROR",
			     "code": "WARMUP_EXCEEDS_TRAINING",
			     "message": "Warmup lasts 2000 steps but the run has only 2250: ...",
			     "value": 2000, "expected": "well under the 2250 optimizer steps of the run (3-10% is usual)",
			     "suggestion": 68, "sources": ["ebook", "hf-training-args", "goyal-2017"]}
			  ],
			  "normalized": {"learning_rate": 0.0002, "batch_size": 4, "gradient_accumulation_steps": 4},
			  "derived": {"effective_batch_size": 16, "steps_per_epoch": 750, "total_steps": 2250},
			  "ignored": [],
			  "dialect": "huggingface",
			  "context": {"method": "lora", "task": "chat", "model_parameters": 8.0e9},
			  "notes": [
			    {"code": "detected", "path": "",
			     "message": "Read as huggingface from per_device_train_batch_size, num_train_epochs, ... (score 7)"}
			  ]
			}""";

	private ValidationExamples() {
	}

}
