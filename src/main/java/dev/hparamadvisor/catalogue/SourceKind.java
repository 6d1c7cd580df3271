package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of evidence a source is.
 */
public enum SourceKind {

	@JsonProperty("ebook")
	EBOOK,

	@JsonProperty("paper")
	PAPER,

	@JsonProperty("tool_default")
	TOOL_DEFAULT,

	@JsonProperty("recipe")
	RECIPE,

	@JsonProperty("documentation")
	DOCUMENTATION,

	@JsonProperty("judgement")
	JUDGEMENT;

	/** The name used in JSON, YAML and query parameters. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
