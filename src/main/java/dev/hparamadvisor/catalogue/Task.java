package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a fine-tuned model is for; practice differs by task.
 */
public enum Task {

	@JsonProperty("classification")
	CLASSIFICATION,

	@JsonProperty("ner")
	NER,

	@JsonProperty("summarization")
	SUMMARIZATION,

	@JsonProperty("translation")
	TRANSLATION,

	@JsonProperty("chat")
	CHAT,

	@JsonProperty("instruction")
	INSTRUCTION,

	@JsonProperty("creative_writing")
	CREATIVE_WRITING,

	@JsonProperty("code")
	CODE,

	@JsonProperty("preference")
	PREFERENCE;

	/** The name used in JSON, YAML and query parameters. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
