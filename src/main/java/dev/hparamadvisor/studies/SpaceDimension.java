package dev.hparamadvisor.studies;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.studies.StudyRequest.DimensionScale;
import dev.hparamadvisor.studies.StudyRequest.DimensionType;
import dev.hparamadvisor.studies.sampling.Dimension;
import org.jspecify.annotations.Nullable;

/**
 * One searched parameter as the study holds it, with the prior the advice gives it.
 *
 * @param name the canonical id
 * @param type float, int or choice
 * @param min the lower bound, inclusive (numbers)
 * @param max the upper bound, inclusive (numbers)
 * @param scale log or linear (numbers)
 * @param choices the values to choose from (choice)
 * @param prior the prior of an advised study; absent for tpe and random, whose prior is
 * flat
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SpaceDimension(@JsonProperty("name") String name, @JsonProperty("type") DimensionType type,
		@JsonProperty("min") @Nullable Double min, @JsonProperty("max") @Nullable Double max,
		@JsonProperty("scale") @Nullable DimensionScale scale, @JsonProperty("choices") @Nullable List<String> choices,
		@JsonProperty("prior") @Nullable Prior prior) {

	public SpaceDimension {
		choices = (choices != null) ? List.copyOf(choices) : List.of();
	}

	static SpaceDimension numeric(String name, DimensionType type, double min, double max, DimensionScale scale) {
		return new SpaceDimension(name, type, min, max, scale, List.of(), null);
	}

	SpaceDimension withPrior(@Nullable Prior prior) {
		return new SpaceDimension(this.name, this.type, this.min, this.max, this.scale, this.choices, prior);
	}

	boolean log() {
		return this.scale == DimensionScale.LOG;
	}

	Dimension toSampling() {
		return switch (this.type) {
			case FLOAT -> Dimension.floating(this.name, this.min, this.max, log());
			case INT -> Dimension.integer(this.name, this.min.longValue(), this.max.longValue(), log());
			case CHOICE -> Dimension.choice(this.name, this.choices);
		};
	}

	/**
	 * A value as the sampler and the configuration take it: a Double, a Long or a String
	 * within the dimension, from a number or name read back from JSON or recommended.
	 * @param value the value
	 * @return it within the bounds (rounded for an int), or the first choice for a name
	 * that is not one of the choices
	 */
	Object clamp(@Nullable Object value) {
		if (this.type == DimensionType.CHOICE) {
			String name = String.valueOf(value);
			return this.choices.contains(name) ? name : this.choices.get(0);
		}
		double number = (value instanceof Number n) ? n.doubleValue() : this.min;
		double within = Math.max(this.min, Math.min(this.max, Double.isFinite(number) ? number : this.min));
		return (this.type == DimensionType.INT) ? (Object) Math.round(within) : (Object) within;
	}

}
