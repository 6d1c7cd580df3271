package dev.hparamadvisor.diagnosis;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The log formats {@code POST /v1/diagnose} reads.
 */
public enum LogFormat {

	/**
	 * The Hugging Face Trainer's {@code trainer_state.json}, or its {@code log_history}
	 * array.
	 */
	@JsonProperty("huggingface")
	HUGGINGFACE,

	/** torchtune's DiskLogger lines: {@code Step 12 | loss:1.23 lr:2e-05 ...}. */
	@JsonProperty("torchtune")
	TORCHTUNE,

	/** One JSON object of metrics a line, with {@code step}. */
	@JsonProperty("jsonl")
	JSONL,

	/** Comma-separated values with a header row naming {@code step} and the metrics. */
	@JsonProperty("csv")
	CSV;

	/** The name used in JSON and in {@code ?format=}. */
	public String jsonName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
