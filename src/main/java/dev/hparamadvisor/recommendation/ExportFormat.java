package dev.hparamadvisor.recommendation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A tool whose configuration the recommendation can be written as.
 */
public enum ExportFormat {

	/** Hugging Face TrainingArguments / TRL SFTConfig JSON, with a generation config. */
	@JsonProperty("huggingface")
	HUGGINGFACE("application/json"),

	/** Axolotl YAML. */
	@JsonProperty("axolotl")
	AXOLOTL("application/yaml"),

	/** LLaMA-Factory YAML. */
	@JsonProperty("llamafactory")
	LLAMAFACTORY("application/yaml"),

	/** The hyperparameters of an OpenAI fine-tuning job. */
	@JsonProperty("openai")
	OPENAI("application/json");

	private final String mediaType;

	ExportFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	/** The media type of the exported document. */
	public String mediaType() {
		return this.mediaType;
	}

}
