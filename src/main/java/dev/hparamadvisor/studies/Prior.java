package dev.hparamadvisor.studies;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.studies.sampling.DimensionPrior;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Where the advice expects a dimension's good values.
 *
 * @param centre the recommended value (numbers)
 * @param spread one standard deviation, in log10 units on a log dimension and in the
 * value's units otherwise (numbers)
 * @param weights the prior probability of each choice (choices)
 * @param source where the centre and the spread come from
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Prior(@JsonProperty("centre") @Schema(example = "0.0002") @Nullable Double centre,
		@JsonProperty("spread") @Schema(example = "0.325") @Nullable Double spread,
		@JsonProperty("weights") @Nullable Map<String, Double> weights, @JsonProperty("source") String source) {

	public Prior {
		weights = (weights != null) ? Map.copyOf(weights) : Map.of();
	}

	static Prior numeric(double centre, double spread, String source) {
		return new Prior(centre, spread, Map.of(), source);
	}

	static Prior choices(Map<String, Double> weights, String source) {
		return new Prior(null, null, weights, source);
	}

	DimensionPrior toSampling() {
		return new DimensionPrior((this.centre != null) ? this.centre : Double.NaN,
				(this.spread != null) ? this.spread : Double.NaN, this.weights, this.source);
	}

}
