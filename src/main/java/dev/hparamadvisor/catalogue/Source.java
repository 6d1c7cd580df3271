package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the catalogue's bibliography. Ranges, defaults and rules cite sources by
 * {@link #id()}.
 *
 * @param id stable identifier, cited elsewhere
 * @param kind what kind of evidence it is
 * @param title the work's title
 * @param citation authors, venue, year, and where in the work
 * @param url where to read it, when known
 */
public record Source(@JsonProperty("id") String id, @JsonProperty("kind") SourceKind kind,
		@JsonProperty("title") String title, @JsonProperty("citation") String citation,
		@JsonProperty("url") @Nullable String url) {

	/** A one-line reference for messages: the title and the citation. */
	public String reference() {
		return this.title + " (" + this.citation + ")";
	}

}
