package dev.hparamadvisor.dialect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A tool whose configuration names and shapes can be read, and for some, written.
 */
public enum Dialect {

	/**
	 * The project's own names; also accepts the common aliases loosely, without notes.
	 */
	CANONICAL("canonical", false),
	/**
	 * Hugging Face {@code TrainingArguments} (JSON or YAML), TRL {@code SFTConfig} and
	 * {@code DPOConfig} as in the alignment-handbook recipes, and
	 * {@code GenerationConfig}.
	 */
	HUGGINGFACE("huggingface", true),
	/** Axolotl YAML. */
	AXOLOTL("axolotl", true),
	/** LLaMA-Factory YAML. */
	LLAMA_FACTORY("llamafactory", true),
	/** torchtune recipe YAML with nested {@code _component_} objects. */
	TORCHTUNE("torchtune", false),
	/** vLLM {@code SamplingParams} or an OpenAI-compatible request to vLLM. */
	VLLM("vllm", false),
	/**
	 * OpenAI chat or completions sampling request, and fine-tuning
	 * {@code hyperparameters} or {@code method.<type>.hyperparameters} objects.
	 */
	OPENAI("openai", true);

	private static final Map<String, Dialect> SPELLINGS = Map.ofEntries(Map.entry("canonical", CANONICAL),
			Map.entry("hf", HUGGINGFACE), Map.entry("huggingface", HUGGINGFACE), Map.entry("transformers", HUGGINGFACE),
			Map.entry("trl", HUGGINGFACE), Map.entry("axolotl", AXOLOTL), Map.entry("llamafactory", LLAMA_FACTORY),
			Map.entry("torchtune", TORCHTUNE), Map.entry("vllm", VLLM), Map.entry("openai", OPENAI));

	private final String id;

	private final boolean exportTarget;

	Dialect(String id, boolean exportTarget) {
		this.id = id;
		this.exportTarget = exportTarget;
	}

	/**
	 * The id used in query parameters and response bodies.
	 * @return the lower-case id
	 */
	@JsonValue
	public String id() {
		return this.id;
	}

	/**
	 * Whether {@link DialectWriter} can export to this dialect.
	 * @return {@code true} for Hugging Face, Axolotl, LLaMA-Factory and OpenAI
	 */
	public boolean isExportTarget() {
		return this.exportTarget;
	}

	/**
	 * The dialect a user named, case-insensitively, ignoring {@code -}, {@code _} and
	 * spaces: {@code hf}, {@code huggingface}, {@code transformers}, {@code trl},
	 * {@code axolotl}, {@code llamafactory}, {@code llama-factory},
	 * {@code llama_factory}, {@code torchtune}, {@code vllm}, {@code openai},
	 * {@code canonical}.
	 * @param name the name as given
	 * @return the dialect, or empty when the name is not one of those spellings
	 */
	public static Optional<Dialect> fromName(String name) {
		String key = name.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
		return Optional.ofNullable(SPELLINGS.get(key));
	}

}
