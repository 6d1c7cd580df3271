package dev.hparamadvisor.recommendation;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.dialect.Dialect;

/**
 * A tool whose configuration the recommendation can be written as, and the media type the
 * answer carries it in.
 */
public enum ExportFormat {

	/** Hugging Face TrainingArguments / TRL SFTConfig JSON, with a generation config. */
	@JsonProperty("huggingface")
	HUGGINGFACE(Dialect.HUGGINGFACE, "application/json"),

	/** Axolotl YAML. */
	@JsonProperty("axolotl")
	AXOLOTL(Dialect.AXOLOTL, "application/yaml"),

	/** LLaMA-Factory YAML. */
	@JsonProperty("llamafactory")
	LLAMAFACTORY(Dialect.LLAMA_FACTORY, "application/yaml"),

	/** The {@code method} object of an OpenAI fine-tuning job. */
	@JsonProperty("openai")
	OPENAI(Dialect.OPENAI, "application/json");

	private final Dialect dialect;

	private final String mediaType;

	ExportFormat(Dialect dialect, String mediaType) {
		this.dialect = dialect;
		this.mediaType = mediaType;
	}

	/** The dialect the configuration is written in. */
	public Dialect dialect() {
		return this.dialect;
	}

	/** The media type of the exported document. */
	public String mediaType() {
		return this.mediaType;
	}

}
