package dev.hparamadvisor.recommendation;

/**
 * The description, request and response examples of the OpenAPI document.
 */
final class RecommendationExamples {

	static final String DESCRIPTION = """
			Describe what you train (task, method, model), on what data (examples, average and 95th-percentile \
			tokens) and on what hardware; get a value for each of the 19 hyperparameters of `GET /v1/parameters` \
			and the companions that matter for the method and task (Adam betas and epsilon, LoRA \
			rank, alpha, dropout and targets, evaluation cadence, do_sample), each with the range practice uses \
			for the scenario, a rationale and its sources (`GET /v1/sources`), and a plan sized to the GPU by \
			the estimator: micro-batch, accumulation, checkpointing, steps, warmup, peak memory with its \
			breakdown, training tokens and time.

			`method: auto` picks full fine-tuning when it fits with room to spare and the data outgrow LoRA \
			adapters, else LoRA, else QLoRA, and says why. A scenario that cannot fit is a 200 whose plan says \
			so (`feasible: false`, `reason`) and lists what would fit (a lighter method, a shorter sequence, a \
			larger GPU, sharding over more GPUs). `configuration` and `validation_context` are ready to post to \
			`/v1/validate`.

			`?format=huggingface|axolotl|llamafactory|openai` answers with the same recommendation as that \
			tool's configuration, in its own names as the dialect reader reads them back: Hugging Face \
			TrainingArguments/TRL JSON with a generation_config, Axolotl YAML, LLaMA-Factory YAML, or the \
			`method` object of an OpenAI fine-tuning job. The rules and their sources: docs/RECOMMENDATION.md.
			""";

	static final String LORA_8B = """
			{ "task": "chat", "method": "lora", "model": { "preset": "llama-3.1-8b" },
			  "dataset": { "examples": 12000, "avg_tokens": 650, "p95_tokens": 1800 },
			  "hardware": { "gpu_memory_gib": 80, "num_gpus": 1 }, "priority": "balanced" }
			""";

	static final String QLORA_70B = """
			{ "task": "instruction", "method": "qlora", "model": { "preset": "llama-3.1-70b" },
			  "dataset": { "examples": 20000, "avg_tokens": 400, "p95_tokens": 1000 },
			  "hardware": { "gpu_memory_gib": 48, "num_gpus": 1 }, "priority": "quality" }
			""";

	static final String FULL_70B_24GIB = """
			{ "task": "chat", "method": "full", "model": { "preset": "llama-3.1-70b" },
			  "dataset": { "examples": 50000, "avg_tokens": 700, "p95_tokens": 2000 },
			  "hardware": { "gpu_memory_gib": 24, "num_gpus": 1 } }
			""";

	/** The issue example's answer, with the first three of its recommendations. */
	static final String LORA_8B_RESPONSE = """
			{
			  "scenario" : {
			    "task" : "chat",
			    "method" : "lora",
			    "priority" : "balanced",
			    "model" : "meta-llama/Llama-3.1-8B",
			    "parameters" : 8030261248,
			    "architecture" : {
			      "hidden_size" : 4096,
			      "num_layers" : 32,
			      "num_attention_heads" : 32,
			      "num_key_value_heads" : 8,
			      "intermediate_size" : 14336,
			      "vocab_size" : 128256,
			      "tie_word_embeddings" : false,
			      "attention_bias" : false
			    },
			    "context_window" : 131072,
			    "examples" : 12000,
			    "avg_tokens" : 650,
			    "p95_tokens" : 1800,
			    "hardware" : "1 x 80.0 GiB usable"
			  },
			  "recommendations" : [ {
			    "id" : "learning_rate",
			    "value" : 2.0E-4,
			    "range" : {
			      "label" : "LoRA adapters on decoder LLMs",
			      "min" : 5.0E-5,
			      "max" : 0.001,
			      "typical" : 2.0E-4,
			      "sources" : [ "hu-2021", "schulman-2025-lora-without-regret", "unsloth" ]
			    },
			    "rationale" : "Learning rate 2e-4. LoRA adapters on a model of hidden size 4096: 2e-4, the median of published adapter recipes (QLoRA, Unsloth, torchtune, LLaMA-Factory, Axolotl), at any width; held out one collection of recipes at a time, no rule scaling it with width did better than this constant. Peak value reached after warmup; if you can afford a small sweep, try half and double it.",
			    "sources" : [ "dettmers-2023", "unsloth", "torchtune", "llama-factory", "axolotl", "schulman-2025-lora-without-regret", "malladi-2022" ],
			    "in_configuration" : true
			  }, {
			    "id" : "batch_size",
			    "value" : 2,
			    "range" : {
			      "label" : "LLM fine-tuning micro-batch per GPU (full, LoRA or QLoRA)",
			      "min" : 1.0,
			      "max" : 16.0,
			      "typical" : 4.0,
			      "sources" : [ "zephyr", "dettmers-2023", "unsloth", "torchtune", "axolotl" ]
			    },
			    "rationale" : "2 examples per GPU per pass: the largest that fits 1 x 80.0 GiB usable at 1856 tokens by the estimator (63.1 of 80.0 GiB with margins).",
			    "sources" : [ "google-tuning-playbook", "zephyr", "dettmers-2023" ],
			    "in_configuration" : true
			  }, {
			    "id" : "num_epochs",
			    "value" : 2.0,
			    "range" : {
			      "label" : "Supervised fine-tuning of decoder LLMs (instruction, chat, code)",
			      "min" : 1.0,
			      "max" : 3.0,
			      "typical" : 2.0,
			      "sources" : [ "alpaca", "tulu2", "llama2", "zephyr", "tulu3", "unsloth" ]
			    },
			    "rationale" : "2 epochs over 12,000 examples: OpenAI's heuristic gives 2 (about three passes, 100 to 25,000 example-passes); within the 1-3 passes of Alpaca, Tulu 2/3, Zephyr and Unsloth's guide; more passes over instruction data turn into memorisation.",
			    "sources" : [ "openai-cookbook-epochs", "alpaca", "tulu2", "zephyr", "unsloth" ],
			    "in_configuration" : true
			  } ],
			  "plan" : {
			    "feasible" : true,
			    "method" : "lora",
			    "method_choice" : "You asked for LoRA; LoRA fits 1 x 80.0 GiB usable.",
			    "hardware" : "1 x 80.0 GiB usable",
			    "num_gpus" : 1,
			    "sequence_length" : 1856,
			    "micro_batch_size" : 2,
			    "gradient_accumulation_steps" : 8,
			    "effective_batch_size" : 16,
			    "target_effective_batch_size" : 16,
			    "gradient_checkpointing" : false,
			    "optimizer" : "adamw",
			    "steps_per_epoch" : 750,
			    "epochs" : 2.0,
			    "total_steps" : 1500,
			    "warmup_steps" : 45,
			    "memory" : {
			      "peak_gib" : 57.887,
			      "required_with_margin_gib" : 63.102,
			      "gpu_memory_gib" : 80.0,
			      "fits" : true,
			      "peak_phase" : "backward_start",
			      "breakdown" : {
			        "weights_gib" : 15.114,
			        "gradients_gib" : 0.0,
			        "optimizer_states_gib" : 0.313,
			        "activations_gib" : 37.05,
			        "logits_and_loss_gib" : 5.321,
			        "framework_overhead_gib" : 0.09
			      },
			      "margin" : "peak 57.89 GiB + 3.71 GiB allocator reserve (35% of the activations of a full fine-tune or 5% under adapters, 35% of the logits and loss, 30% of the gradients at the peak; fitted to the reserved memory of the H200 measurements) + 1.5 GiB for the CUDA context, libraries and fragmentation; per GPU, data-parallel replicas"
			    },
			    "training_tokens" : 15600000,
			    "tokens_per_second" : 6889.2,
			    "estimated_hours" : 1.8,
			    "time_assumption" : "NVIDIA H100 SXM 80GB at 75% of its 989.4 TFLOP/s dense bf16 peak for matmuls, 3350 GB/s for memory-bound kernels, 0.87 ms host time per block and pass (eager PyTorch, sdpa attention, fused AdamW); 1 GPU(s) as data-parallel replicas with gradient all-reduce overlapped; every sequence counted at its full length, so an upper bound when batches are padded only to their longest example; evaluation not included",
			    "search" : [ "LoRA: fits", "micro-batch 2 with checkpointing off: the fastest by the throughput estimator of the plans that fit (powers of two up to 16, checkpointing off and on)" ],
			    "alternatives" : [ ]
			  },
			  "configuration" : {
			    "learning_rate" : 2.0E-4,
			    "batch_size" : 2,
			    "num_epochs" : 2.0,
			    "dropout" : 0.0,
			    "weight_decay" : 0.0,
			    "sequence_length" : 1856,
			    "warmup_steps" : 45,
			    "gradient_accumulation_steps" : 8,
			    "optimizer" : "adamw",
			    "loss_function" : "cross_entropy",
			    "max_steps" : -1,
			    "model_size" : 8.030261248E9,
			    "temperature" : 0.7,
			    "top_p" : 0.9,
			    "top_k" : 50,
			    "gradient_clipping" : 1.0,
			    "lr_schedule" : "cosine",
			    "attention_dropout" : 0.0,
			    "early_stopping_patience" : 3,
			    "adam_beta1" : 0.9,
			    "adam_beta2" : 0.999,
			    "adam_epsilon" : 1.0E-8,
			    "lora_r" : 16,
			    "lora_alpha" : 32,
			    "lora_dropout" : 0.0,
			    "lora_target_modules" : "all-linear",
			    "eval_strategy" : "steps",
			    "eval_steps" : 150,
			    "save_strategy" : "steps",
			    "save_steps" : 150,
			    "load_best_model_at_end" : true,
			    "metric_for_best_model" : "eval_loss",
			    "early_stopping_threshold" : 0.0,
			    "do_sample" : true,
			    "gradient_checkpointing" : false,
			    "bf16" : true
			  },
			  "validation_context" : {
			    "method" : "lora",
			    "task" : "chat",
			    "model_parameters" : 8.030261248E9,
			    "model_max_context" : 131072,
			    "dataset_examples" : 12000,
			    "num_devices" : 1,
			    "gpu_memory_gib" : 80.0
			  },
			  "assumptions" : [ "speed: timed as NVIDIA H100 SXM 80GB, the preset nearest to 80.0 GiB; name hardware.gpu to time another card" ]
			}
			""";

	static final String LORA_8B_AXOLOTL = """
			# hparam-advisor recommendation: chat, lora, meta-llama/Llama-3.1-8B, 12,000 examples, 1 x 80.0 GiB usable
			# Add your datasets and an evaluation set (evaluation and early stopping need one).
			# Not written here:
			#   - dropout, attention_dropout: the model's own values (0), set in its config, not the trainer's
			#   - model_size: a property of the checkpoint, named by the model
			#   - max_steps: -1 means no limit in Hugging Face; Axolotl's no limit is max_steps unset
			#   - loss_function: cross-entropy is the loss of axolotl's supervised training, its default; the tool's loss key names preference losses
			#   - early_stopping_threshold: axolotl has no key for early_stopping_threshold
			#   - do_sample, temperature, top_p, top_k: Axolotl's generation settings (trl.*) are GRPO's; a chat-sft run has none
			#   - num_devices: the launcher sets the number of devices (torchrun, accelerate, deepspeed), not the configuration
			base_model: meta-llama/Llama-3.1-8B
			train_on_inputs: false
			adapter: lora
			learning_rate: 2.0E-4
			lr_scheduler: cosine
			warmup_steps: 45
			num_epochs: 2.0
			micro_batch_size: 2
			gradient_accumulation_steps: 8
			sequence_len: 1856
			optimizer: adamw_torch_fused
			adam_beta1: 0.9
			adam_beta2: 0.999
			adam_epsilon: 1.0E-8
			weight_decay: 0.0
			max_grad_norm: 1.0
			bf16: true
			gradient_checkpointing: false
			lora_r: 16
			lora_alpha: 32
			lora_dropout: 0.0
			lora_target_linear: true
			eval_strategy: steps
			eval_steps: 150
			save_strategy: steps
			save_steps: 150
			load_best_model_at_end: true
			metric_for_best_model: eval_loss
			early_stopping_patience: 3
			""";

	static final String INVALID = """
			{ "type": "/problems/invalid-request", "title": "Invalid request", "status": 400,
			  "detail": "1 field is not acceptable: /dataset/examples must be greater than 0",
			  "instance": "/v1/recommend",
			  "errors": [ { "pointer": "/dataset/examples", "detail": "must be greater than 0" } ] }
			""";

	private RecommendationExamples() {
	}

}
