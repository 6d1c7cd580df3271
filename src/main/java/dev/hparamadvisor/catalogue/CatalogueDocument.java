package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue resource as written, before it is checked.
 *
 * @param schemaVersion the version of the resource's layout
 * @param sources the bibliography
 * @param parameters the entries
 * @param companions the knobs needed beside the entries
 */
record CatalogueDocument(@JsonProperty("schema_version") @Nullable Integer schemaVersion,
		@JsonProperty("sources") @Nullable List<Source> sources,
		@JsonProperty("parameters") @Nullable List<Hyperparameter> parameters,
		@JsonProperty("companions") @Nullable List<Companion> companions) {

	/** The companions; none when the document has no such section. */
	List<Companion> companionList() {
		return (this.companions != null) ? this.companions : List.of();
	}

}
