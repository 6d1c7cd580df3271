package dev.hparamadvisor.dialect;

import java.util.List;

import static dev.hparamadvisor.dialect.KeyTable.BETAS;
import static dev.hparamadvisor.dialect.KeyTable.LORA_TARGET_LINEAR;
import static dev.hparamadvisor.dialect.KeyTable.NO_GRADIENT_CHECKPOINTING;
import static dev.hparamadvisor.dialect.KeyTable.none;
import static dev.hparamadvisor.dialect.KeyTable.of;
import static dev.hparamadvisor.dialect.KeyTable.rule;

import dev.hparamadvisor.dialect.DialectNote.Code;

/**
 * The training keys of each tool (source: the naming table of
 * {@code research/validation-anchors.md} §2 and the tools' argument classes it cites).
 * Keys of tools that are not a {@link Dialect} (DeepSpeed, PyTorch, Keras, model
 * {@code config.json}) are foreign everywhere but still read.
 */
final class TrainingKeys {

	private static final Dialect C = Dialect.CANONICAL;

	private static final Dialect H = Dialect.HUGGINGFACE;

	private static final Dialect A = Dialect.AXOLOTL;

	private static final Dialect L = Dialect.LLAMA_FACTORY;

	private static final Dialect T = Dialect.TORCHTUNE;

	private static final Dialect O = Dialect.OPENAI;

	static final List<KeyRule> RULES = List.of(
			// learning rate
			rule("learning_rate", "learning_rate", of(C, H, A, L), of(H, A, L)),
			rule("lr", "learning_rate", of(C), none()), rule("optimizer.lr", "learning_rate", of(T), none()),
			rule("optimizer.params.lr", "learning_rate", none(), none()),
			rule("hyperparameters.learning_rate_multiplier", "learning_rate_multiplier", of(O), of(O),
					Code.RELATIVE_LEARNING_RATE),
			rule("learning_rate_multiplier", "learning_rate_multiplier", of(C, O), none(), Code.RELATIVE_LEARNING_RATE),
			// batch: per-device first, then the global spellings
			rule("per_device_train_batch_size", "batch_size", of(C, H, L), of(H, L)),
			rule("micro_batch_size", "batch_size", of(C, A), of(A)), rule("batch_size", "batch_size", of(C, T), none()),
			rule("batch_size", "total_batch_size", of(A, O), of(A), Code.GLOBAL_BATCH),
			rule("train_micro_batch_size_per_gpu", "batch_size", none(), none()),
			rule("train_batch_size", "total_batch_size", none(), none(), Code.GLOBAL_BATCH),
			rule("hyperparameters.batch_size", "total_batch_size", of(O), of(O), Code.GLOBAL_BATCH),
			rule("per_device_eval_batch_size", "eval_batch_size", of(H, L), of(H, L)),
			rule("eval_batch_size", "eval_batch_size", of(C, A), of(A)),
			rule("gradient_accumulation_steps", "gradient_accumulation_steps", of(C, H, A, L, T), of(H, A, L)),
			// length of training
			rule("num_train_epochs", "num_epochs", of(H, L), of(H, L)),
			rule("num_epochs", "num_epochs", of(C, A), of(A)), rule("epochs", "num_epochs", of(C, T), none()),
			rule("n_epochs", "num_epochs", of(C, O), none()),
			rule("hyperparameters.n_epochs", "num_epochs", of(O), of(O)),
			rule("max_steps", "max_steps", of(C, H, A, L), of(H, A, L)),
			// optimizer
			rule("optim", "optimizer", of(H, L), of(H, L)), rule("optimizer", "optimizer", of(C, A), of(A)),
			rule("optimizer._component_", "optimizer", of(T), none(), Code.COMPONENT),
			rule("optimizer.type", "optimizer", none(), none()),
			rule("weight_decay", "weight_decay", of(C, H, A, L), of(H, A, L)),
			rule("optimizer.weight_decay", "weight_decay", of(T), none()),
			rule("optimizer.params.weight_decay", "weight_decay", none(), none()),
			rule("adam_beta1", "adam_beta1", of(C, H, A, L), of(H, A, L)),
			rule("adam_beta2", "adam_beta2", of(C, H, A, L), of(H, A, L)), rule("betas", BETAS, of(C), none()),
			rule("optimizer.betas", BETAS, of(T), none()), rule("optimizer.params.betas", BETAS, none(), none()),
			rule("adam_epsilon", "adam_epsilon", of(C, H, A, L), of(H, A, L)),
			rule("adam_eps", "adam_epsilon", of(A), none()), rule("optimizer.eps", "adam_epsilon", of(T), none()),
			rule("optimizer.params.eps", "adam_epsilon", none(), none()), rule("momentum", "momentum", of(C), none()),
			rule("optimizer.momentum", "momentum", of(T), none()),
			rule("optimizer.params.momentum", "momentum", none(), none()),
			rule("max_grad_norm", "gradient_clipping", of(H, A, L), of(H, A, L)),
			rule("clip_grad_norm", "gradient_clipping", of(C, T), none()),
			rule("gradient_clipping", "gradient_clipping", of(C), none()),
			rule("clipnorm", "gradient_clipping", none(), none()),
			rule("global_clipnorm", "gradient_clipping", none(), none()),
			// schedule and warmup
			rule("lr_scheduler_type", "lr_schedule", of(H, L), of(H, L)),
			rule("lr_scheduler", "lr_schedule", of(C, A), of(A)),
			rule("lr_scheduler._component_", "lr_schedule", of(T), none(), Code.COMPONENT),
			rule("scheduler.type", "lr_schedule", none(), none()),
			rule("warmup_steps", "warmup_steps", of(C, H, A, L), of(H, A, L)),
			rule("lr_scheduler.num_warmup_steps", "warmup_steps", of(T), none()),
			rule("scheduler.params.warmup_num_steps", "warmup_steps", none(), none()),
			rule("warmup_ratio", "warmup_ratio", of(C, H, A, L), of(H, A, L)),
			rule("cosine_min_lr_ratio", "min_lr_ratio", of(A), of(A)),
			rule("lr_scheduler_kwargs.min_lr_rate", "min_lr_ratio", of(H, A, L), of(H, L)),
			// sequence length
			rule("sequence_len", "sequence_length", of(C, A), of(A)),
			rule("cutoff_len", "sequence_length", of(L), of(L)), rule("max_length", "sequence_length", of(H), of(H)),
			rule("max_length", "generation_max_length", of(L), of(L), Code.GENERATION_LENGTH),
			rule("max_seq_length", "sequence_length", of(C, H), none()),
			rule("max_seq_len", "sequence_length", of(C), none()),
			rule("tokenizer.max_seq_len", "sequence_length", of(T), none()),
			rule("model_max_length", "sequence_length", of(C, H, L), none()),
			rule("max_model_len", "sequence_length", of(C, Dialect.VLLM), none()),
			// regularisation
			rule("hidden_dropout_prob", "dropout", none(), none()), rule("resid_pdrop", "dropout", none(), none()),
			rule("dropout_rate", "dropout", none(), none()),
			rule("attention_probs_dropout_prob", "attention_dropout", none(), none()),
			rule("attn_pdrop", "attention_dropout", none(), none()),
			rule("overrides_of_model_config.attention_dropout", "attention_dropout", of(A), of(A)),
			rule("model_config.attention_dropout", "attention_dropout", of(A), none()),
			// torchtune model builders take attn_dropout (torchtune.models.*.llama3_1_8b
			// and
			// the others)
			rule("model.attn_dropout", "attention_dropout", of(T), none()),
			rule("label_smoothing_factor", "label_smoothing", of(H, L), of(H, L)),
			rule("neftune_noise_alpha", "neftune_noise_alpha", of(C, H, A), of(H, A)),
			rule("neftune_alpha", "neftune_noise_alpha", of(L), of(L)),
			// LoRA
			rule("lora_r", "lora_r", of(C, H, A), of(H, A)), rule("lora_rank", "lora_r", of(L), of(L)),
			rule("model.lora_rank", "lora_r", of(T), none()),
			rule("lora_alpha", "lora_alpha", of(C, H, A, L), of(H, A, L)),
			rule("model.lora_alpha", "lora_alpha", of(T), none()),
			rule("lora_dropout", "lora_dropout", of(C, H, A, L), of(H, A, L)),
			rule("model.lora_dropout", "lora_dropout", of(T), none()),
			// first: Axolotl adds listed lora_target_modules to all linear layers
			rule("lora_target_linear", LORA_TARGET_LINEAR, of(A), of(A)),
			rule("lora_target_modules", "lora_target_modules", of(C, H, A), of(H, A)),
			rule("lora_target", "lora_target_modules", of(L), of(L)),
			rule("model.lora_attn_modules", "lora_target_modules", of(T), none()),
			// evaluation, saving, early stopping
			rule("eval_strategy", "eval_strategy", of(C, H, A, L), of(H, A, L)),
			rule("evaluation_strategy", "eval_strategy", of(H, A, L), none()),
			rule("eval_steps", "eval_steps", of(C, H, A, L), of(H, A, L)),
			rule("evals_per_epoch", "evals_per_epoch", of(C, A), of(A)),
			rule("save_strategy", "save_strategy", of(C, H, A, L), of(H, A, L)),
			rule("save_steps", "save_steps", of(C, H, A, L), of(H, A, L)),
			rule("saves_per_epoch", "saves_per_epoch", of(C, A), of(A)),
			rule("logging_steps", "logging_steps", of(C, H, A, L), of(H, A, L)),
			rule("load_best_model_at_end", "load_best_model_at_end", of(C, H, A, L), of(H, A, L)),
			rule("metric_for_best_model", "metric_for_best_model", of(C, H, A, L), of(H, A, L)),
			rule("early_stopping_patience", "early_stopping_patience", of(C, A), of(A)),
			rule("early_stopping_steps", "early_stopping_patience", of(L), of(L)),
			rule("patience", "early_stopping_patience", of(C), none()),
			rule("early_stopping_threshold", "early_stopping_threshold", of(C, H), none()),
			rule("val_set_size", "validation_split", of(A), of(A)), rule("val_size", "validation_split", of(L), of(L)),
			// memory and throughput
			rule("gradient_checkpointing", "gradient_checkpointing", of(C, H, A), of(H, A)),
			rule("enable_activation_checkpointing", "gradient_checkpointing", of(T), none()),
			rule("disable_gradient_checkpointing", NO_GRADIENT_CHECKPOINTING, of(L), of(L), Code.INVERTED_FLAG),
			rule("bf16", "bf16", of(C, H, A, L), of(H, A, L)), rule("fp16", "fp16", of(C, H, A, L), of(H, A, L)),
			rule("packing", "packing", of(C, H, L), of(H, L)), rule("sample_packing", "packing", of(A), of(A)),
			// quantized base, adapter and streaming: read for the tools' start-up checks
			rule("adapter", "adapter", of(C, A), none()), rule("load_in_4bit", "load_in_4bit", of(C, H, A), none()),
			rule("load_in_8bit", "load_in_8bit", of(C, H, A), none()),
			rule("quantization_bit", "quantization_bit", of(C, L), none()),
			rule("streaming", "streaming", of(C, A, L), none()), rule("num_devices", "num_devices", of(C), none()),
			rule("world_size", "num_devices", none(), none()), rule("num_gpus", "num_devices", none(), none()),
			rule("gpu_count", "num_devices", none(), none()), rule("nproc_per_node", "num_devices", none(), none()),
			// loss and preference optimisation
			rule("loss._component_", "loss_function", of(T), none(), Code.COMPONENT),
			rule("loss_type", "loss_function", of(H), of(H)), rule("trl.loss_type", "loss_function", of(A), none()),
			rule("rl", "loss_function", of(A), of(A)), rule("pref_loss", "loss_function", of(L), of(L)),
			rule("beta", "preference_beta", of(H), of(H)), rule("rl_beta", "preference_beta", of(A), of(A)),
			rule("trl.beta", "preference_beta", of(A), none()), rule("pref_beta", "preference_beta", of(L), of(L)),
			// torchtune's preference losses (DPOLoss, RSOLoss, SimPOLoss) take beta
			rule("loss.beta", "preference_beta", of(T), none()),
			rule("hyperparameters.beta", "preference_beta", of(O), none()));

	private TrainingKeys() {
	}

}
