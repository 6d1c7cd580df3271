package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The value a common tool uses when none is given.
 *
 * @param value a number or a name; {@code null} where no sensible default exists
 * @param source the tool or work that sets it
 * @param note how tools differ
 */
public record DefaultValue(@JsonProperty("value") @Nullable Object value, @JsonProperty("source") String source,
		@JsonProperty("note") @Nullable String note) {

	/** The default as a number, when it is one. */
	public @Nullable Double numeric() {
		return (this.value instanceof Number number) ? number.doubleValue() : null;
	}

}
