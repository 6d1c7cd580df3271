package dev.hparamadvisor.dialect;

import java.util.List;
import java.util.Set;

import static dev.hparamadvisor.dialect.KeyTable.none;
import static dev.hparamadvisor.dialect.KeyTable.of;
import static dev.hparamadvisor.dialect.KeyTable.rule;

/**
 * The sampling and generation keys of each tool (source: the naming table of
 * {@code research/validation-anchors.md} §2). Hugging Face {@code GenerationConfig} keys
 * may also sit under a {@code generation_config} object; Axolotl keeps GRPO generation
 * settings under {@code trl}.
 */
final class GenerationKeys {

	/**
	 * Targets that belong to generation, written under {@code generation_config} for
	 * Hugging Face.
	 */
	static final Set<String> TARGETS = Set.of("temperature", "top_p", "top_k", "min_p", "repetition_penalty",
			"presence_penalty", "frequency_penalty", "max_new_tokens", "do_sample", "num_return_sequences",
			"generation_max_length");

	private static final Dialect C = Dialect.CANONICAL;

	private static final Dialect H = Dialect.HUGGINGFACE;

	private static final Dialect A = Dialect.AXOLOTL;

	private static final Dialect L = Dialect.LLAMA_FACTORY;

	private static final Dialect V = Dialect.VLLM;

	private static final Dialect O = Dialect.OPENAI;

	static final List<KeyRule> RULES = List.of(rule("temperature", "temperature", of(C, H, L, V, O), of(H, L)),
			rule("trl.temperature", "temperature", of(A), of(A)), rule("top_p", "top_p", of(C, H, L, V, O), of(H, L)),
			rule("trl.top_p", "top_p", of(A), of(A)), rule("top_k", "top_k", of(C, H, L, V), of(H, L)),
			rule("trl.top_k", "top_k", of(A), of(A)), rule("min_p", "min_p", of(C, H, V), of(H)),
			rule("trl.min_p", "min_p", of(A), of(A)),
			rule("repetition_penalty", "repetition_penalty", of(C, H, L, V), of(H, L)),
			rule("trl.repetition_penalty", "repetition_penalty", of(A), of(A)),
			rule("presence_penalty", "presence_penalty", of(C, V, O), none()),
			rule("frequency_penalty", "frequency_penalty", of(C, V, O), none()),
			rule("do_sample", "do_sample", of(C, H, L), of(H, L)),
			rule("max_new_tokens", "max_new_tokens", of(C, H, L), of(H, L)),
			rule("max_tokens", "max_new_tokens", of(V, O), none()),
			rule("max_completion_tokens", "max_new_tokens", of(O), none()),
			rule("max_completion_length", "max_new_tokens", of(H), none()),
			rule("trl.max_completion_length", "max_new_tokens", of(A), of(A)),
			rule("num_return_sequences", "num_return_sequences", of(C, H, L), of(H, L)),
			rule("n", "num_return_sequences", of(V, O), none()),
			rule("num_generations", "num_return_sequences", of(H), none()),
			rule("trl.num_generations", "num_return_sequences", of(A), of(A)),
			rule("generation_config.max_length", "generation_max_length", of(H), of(H)),
			rule("generation_max_length", "generation_max_length", of(C, L), none()));

	private GenerationKeys() {
	}

}
