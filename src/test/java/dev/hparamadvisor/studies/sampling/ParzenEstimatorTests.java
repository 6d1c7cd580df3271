package dev.hparamadvisor.studies.sampling;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The estimators are densities on their axis, and the normal's tails are right. */
class ParzenEstimatorTests {

	@Test
	void theNormalMassMatchesTablesIntoTheTails() {
		assertThat(Math.exp(Gaussian.logMass(-1, 1))).isCloseTo(0.682689492, within(1e-7));
		assertThat(Math.exp(Gaussian.logMass(-1.96, Double.POSITIVE_INFINITY))).isCloseTo(0.975002105, within(1e-7));
		assertThat(Gaussian.logMass(5, Double.POSITIVE_INFINITY)).isCloseTo(Math.log(2.866515719e-7), within(1e-6));
		assertThat(Gaussian.logMass(-12, -10)).isCloseTo(Math.log(7.619853e-24), within(1e-5));
		assertThat(Gaussian.logMass(1, 1)).isEqualTo(Double.NEGATIVE_INFINITY);
	}

	@Test
	void aNumericEstimatorIntegratesToOneOverItsInterval() {
		Axis axis = Axis.of(Dimension.floating("learning_rate", 1e-6, 1e-2, true));
		NumericParzen parzen = new NumericParzen(axis, new double[] { -5.9, -3.7, -3.6, -2.05 },
				new double[] { 1, 1, 1, 1 }, -4, 4, 1);
		int steps = 40_000;
		double width = (axis.high() - axis.low()) / steps;
		double integral = 0;
		for (int i = 0; i < steps; i++) {
			integral += Math.exp(parzen.logDensity(axis.low() + (i + 0.5) * width)) * width;
		}
		assertThat(integral).isCloseTo(1, within(1e-4));
	}

	@Test
	void anIntegerEstimatorsBinsSumToOneAndDrawsStayInside() {
		Axis axis = Axis.of(Dimension.integer("num_train_epochs", 1, 10, false));
		NumericParzen parzen = new NumericParzen(axis, new double[] { 1, 2, 2, 9 }, new double[] { 1, 1, 1, 1 }, 5.5,
				10, 1);
		double total = 0;
		for (int k = 1; k <= 10; k++) {
			total += Math.exp(parzen.logDensity(k));
		}
		assertThat(total).isCloseTo(1, within(1e-6));
		SplittableRandom random = new SplittableRandom(1);
		for (int i = 0; i < 1000; i++) {
			assertThat(parzen.sample(random)).isBetween(axis.low(), axis.high());
		}
	}

	@Test
	void aChoiceEstimatorFavoursWhatWasObservedAndKeepsEveryChoicePossible() {
		ChoiceParzen parzen = new ChoiceParzen(3, new int[] { 0, 0, 1 }, new double[] { 1, 1, 1 },
				new double[] { 1 / 3.0, 1 / 3.0, 1 / 3.0 }, 1);
		double sum = 0;
		for (int c = 0; c < 3; c++) {
			sum += Math.exp(parzen.logDensity(c));
		}
		assertThat(sum).isCloseTo(1, within(1e-12));
		assertThat(parzen.logDensity(0)).isGreaterThan(parzen.logDensity(1));
		assertThat(parzen.logDensity(1)).isGreaterThan(parzen.logDensity(2));
		assertThat(parzen.logDensity(2)).isGreaterThan(Double.NEGATIVE_INFINITY);
	}

	@Test
	void optunasDefaultWeightsRampTheOlderObservations() {
		assertThat(TreeParzenSampler.weights(3)).containsExactly(1, 1, 1);
		double[] weights = TreeParzenSampler.weights(30);
		assertThat(weights[0]).isCloseTo(1 / 30.0, within(1e-12));
		assertThat(weights[4]).isCloseTo(1, within(1e-12));
		assertThat(weights[29]).isEqualTo(1);
	}

}
