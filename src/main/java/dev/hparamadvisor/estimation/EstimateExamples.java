package dev.hparamadvisor.estimation;

/**
 * Request and response examples of the OpenAPI document.
 */
final class EstimateExamples {

	static final String LORA_8B = """
			{ "model": { "parameters": 8.03e9, "hidden_size": 4096, "num_layers": 32, "num_attention_heads": 32,
			             "num_key_value_heads": 8, "intermediate_size": 14336, "vocab_size": 128256,
			             "tie_word_embeddings": false },
			  "method": "lora", "precision": "bf16", "optimizer": "adamw", "batch_size": 4, "sequence_length": 2048,
			  "gradient_checkpointing": true, "lora": { "r": 16, "target_modules": "all-linear" },
			  "gpu": { "model": "h100-80gb", "count": 1 } }
			""";

	static final String PRESET_FULL = """
			{ "model": { "preset": "Qwen/Qwen2.5-1.5B" },
			  "method": "full", "precision": "mixed", "optimizer": "adamw", "batch_size": 8, "sequence_length": 2048,
			  "gradient_checkpointing": true, "gpu": { "model": "a100-80gb", "count": 8 } }
			""";

	static final String PARAMETERS_QLORA = """
			{ "model": { "parameters": 7e9 },
			  "method": "qlora", "precision": "bf16", "optimizer": "adamw_8bit", "batch_size": 2,
			  "sequence_length": 4096, "gradient_checkpointing": true,
			  "lora": { "r": 64, "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj"] },
			  "gpu": { "model": "rtx-4090" } }
			""";

	static final String LORA_8B_RESPONSE = """
			{ "peak_memory_gib": 29.383, "peak_phase": "backward_start",
			  "breakdown": { "weights_gib": 15.114, "gradients_gib": 0.0, "optimizer_states_gib": 0.313,
			                 "activations_gib": 2.125, "logits_and_loss_gib": 11.742, "framework_overhead_gib": 0.09 },
			  "fits": true, "gpu_memory_gib": 79.1, "required_with_margin_gib": 35.099,
			  "margin": "peak 29.38 GiB + 4.22 GiB allocator reserve (35% of the activations of a full fine-tune or 5% under adapters, 35% of the logits and loss, 30% of the gradients at the peak; fitted to the reserved memory of the H200 measurements) + 1.5 GiB for the CUDA context, libraries and fragmentation; per GPU, data-parallel replicas",
			  "trainable_parameters": 41943040, "total_parameters": 8072204288,
			  "architecture": { "hidden_size": 4096, "num_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
			                    "intermediate_size": 14336, "vocab_size": 128256, "tie_word_embeddings": false,
			                    "attention_bias": false },
			  "throughput": { "tokens_per_second": 4906.1, "step_seconds": 1.6697, "tokens_per_step": 8192,
			                  "flops_per_token": 4.6890221568E10, "model_flops_utilization": 0.233,
			                  "assumption": "NVIDIA H100 SXM 80GB at 75% of its 989.4 TFLOP/s dense bf16 peak for matmuls, 3350 GB/s for memory-bound kernels, 0.87 ms host time per block and pass (eager PyTorch, sdpa attention, fused AdamW); 1 GPU(s) as data-parallel replicas with gradient all-reduce overlapped" },
			  "assumptions": [ "PyTorch eager, Hugging Face causal-LM loss (bf16 logits upcast to fp32), sdpa attention, no ZeRO or FSDP sharding; LoRA: frozen bf16 base, fp32 adapters with dropout (PEFT's defaults)" ] }
			""";

	static final String INVALID = """
			{ "type": "/problems/invalid-estimate-request",
			  "title": "The request does not describe a training plan", "status": 400,
			  "detail": "/model/num_attention_heads: num_attention_heads (30) does not divide hidden_size (4096)",
			  "errors": [ { "pointer": "/model/num_attention_heads",
			                "detail": "num_attention_heads (30) does not divide hidden_size (4096)" } ] }
			""";

	private EstimateExamples() {
	}

}
