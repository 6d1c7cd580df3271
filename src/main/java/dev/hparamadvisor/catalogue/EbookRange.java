package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What the source ebook gives as the possible values of a hyperparameter: its words, and
 * numbers where it gives numbers.
 *
 * @param section the ebook's number for this hyperparameter
 * @param text the ebook's range as written
 * @param min lower end where the ebook gives a number
 * @param max upper end where the ebook gives a number
 * @param note how the ebook's range compares with practice, in our words
 */
public record EbookRange(@JsonProperty("section") int section, @JsonProperty("text") String text,
		@JsonProperty("min") @Nullable Double min, @JsonProperty("max") @Nullable Double max,
		@JsonProperty("note") @Nullable String note) {

	/** Whether the ebook gives both ends as numbers. */
	public boolean isNumeric() {
		return this.min != null && this.max != null;
	}

	/**
	 * Whether the value lies within the ebook's numeric range (false when it has none).
	 */
	public boolean contains(double value) {
		return isNumeric() && value >= this.min && value <= this.max;
	}

}
