package dev.hparamadvisor.recommendation;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Context windows of the estimation presets, {@code max_position_embeddings} of each
 * model's config.json on the Hugging Face hub (the sources named in
 * {@code estimation/presets.yaml}). For Qwen2.5 the 32,768 tokens the models were trained
 * at natively: the 7B and larger configs reach 131,072 only with YaRN rope scaling, which
 * the validator's sequence rule does not assume.
 */
final class ContextWindows {

	private static final Map<String, Integer> WINDOWS = Map.ofEntries(Map.entry("meta-llama/Llama-3.2-1B", 131_072),
			Map.entry("meta-llama/Llama-3.2-3B", 131_072), Map.entry("meta-llama/Llama-3.1-8B", 131_072),
			Map.entry("meta-llama/Llama-3.1-70B", 131_072), Map.entry("mistralai/Mistral-7B-v0.1", 32_768),
			Map.entry("mistralai/Mistral-7B-v0.3", 32_768), Map.entry("Qwen/Qwen2.5-0.5B", 32_768),
			Map.entry("Qwen/Qwen2.5-1.5B", 32_768), Map.entry("Qwen/Qwen2.5-3B", 32_768),
			Map.entry("Qwen/Qwen2.5-7B", 32_768), Map.entry("Qwen/Qwen2.5-14B", 32_768),
			Map.entry("Qwen/Qwen2.5-32B", 32_768), Map.entry("Qwen/Qwen2.5-72B", 32_768),
			Map.entry("google/gemma-2b", 8_192), Map.entry("microsoft/Phi-3-mini-4k-instruct", 4_096),
			Map.entry("TinyLlama/TinyLlama-1.1B-Chat-v1.0", 2_048));

	private ContextWindows() {
	}

	/** The context window of a preset, if known. */
	static @Nullable Integer of(String presetId) {
		return WINDOWS.get(presetId);
	}

}
