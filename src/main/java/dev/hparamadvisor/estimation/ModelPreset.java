package dev.hparamadvisor.estimation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A common open model and its architecture, as published in its config.json.
 *
 * @param id the Hugging Face repo id, e.g. {@code meta-llama/Llama-3.1-8B}
 * @param aliases other names accepted by {@link ModelPresets#find(String)}
 * @param architecture the architecture fields
 * @param source the config.json the fields come from
 */
public record ModelPreset(String id, List<String> aliases, Architecture architecture, String source) {

	/** All parameters, counted from the architecture. */
	@JsonProperty("parameters")
	public long parameters() {
		return architecture.parameters();
	}

}
