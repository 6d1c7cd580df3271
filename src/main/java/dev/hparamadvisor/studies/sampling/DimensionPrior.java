package dev.hparamadvisor.studies.sampling;

import java.util.Map;

/**
 * Where the advice expects a dimension's good values: for a number, a centre and a spread
 * (a standard deviation in log10 units on a log dimension, in the value's own units
 * otherwise); for a choice, a weight per choice (summing to 1).
 *
 * @param centre the recommended value (numbers only, otherwise NaN)
 * @param spread the standard deviation of the prior on the dimension's scale (numbers
 * only, otherwise NaN)
 * @param weights the prior probability of each choice (choices only, otherwise empty)
 * @param source where the centre and spread come from (a recommendation, a practice range
 * of the catalogue, ...)
 */
public record DimensionPrior(double centre, double spread, Map<String, Double> weights, String source) {

	public DimensionPrior {
		weights = Map.copyOf(weights);
	}

}
