package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The hard domain of a numeric hyperparameter: a value outside it is impossible, not
 * merely unusual.
 *
 * @param min lower bound, or {@code null} for none
 * @param minInclusive whether the lower bound itself is allowed
 * @param max upper bound, or {@code null} for none
 * @param maxInclusive whether the upper bound itself is allowed
 * @param integer whether only whole numbers are allowed
 * @param description the domain in words, such as "in [0, 1)"
 * @param sentinels values with a special meaning in some tools
 * @param sources where the bounds come from
 */
public record Domain(@JsonProperty("min") @Nullable Double min, @JsonProperty("min_inclusive") boolean minInclusive,
		@JsonProperty("max") @Nullable Double max, @JsonProperty("max_inclusive") boolean maxInclusive,
		@JsonProperty("integer") boolean integer, @JsonProperty("description") String description,
		@JsonProperty("sentinels") List<Sentinel> sentinels, @JsonProperty("sources") List<String> sources) {

	public Domain {
		sentinels = (sentinels != null) ? List.copyOf(sentinels) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	/** Whether the value lies within the bounds (ignores {@link #integer()}). */
	public boolean withinBounds(double value) {
		if (Double.isNaN(value)) {
			return false;
		}
		if (this.min != null && (this.minInclusive ? value < this.min : value <= this.min)) {
			return false;
		}
		return this.max == null || (this.maxInclusive ? value <= this.max : value < this.max);
	}

	/**
	 * Whether the value is allowed: within bounds and whole where whole numbers are
	 * required.
	 */
	public boolean contains(double value) {
		return withinBounds(value) && (!this.integer || isWhole(value));
	}

	/** The sentinel with this value, if there is one. */
	public @Nullable Sentinel sentinel(double value) {
		for (Sentinel sentinel : this.sentinels) {
			if (sentinel.value() == value) {
				return sentinel;
			}
		}
		return null;
	}

	static boolean isWhole(double value) {
		return Double.isFinite(value) && value == Math.rint(value);
	}

}
