package dev.hparamadvisor.estimation;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Decimals#fixed} writes what {@code String.format} writes, on the magnitudes the
 * estimator explains (GiB, TFLOP/s, GB/s, percentages) and on rounding ties.
 */
class DecimalsTests {

	@Test
	void agreesWithStringFormatOnRandomMagnitudes() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 200_000; i++) {
			double value = Math.pow(10, random.nextDouble(-4, 5)) * (random.nextBoolean() ? 1 : 0.5);
			for (int places = 0; places <= 2; places++) {
				assertThat(Decimals.fixed(value, places)).as("%s at %d places", value, places)
					.isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
			}
		}
	}

	@Test
	void roundsTiesUpAsWritten() {
		assertThat(Decimals.fixed(0.125, 2)).isEqualTo(String.format(Locale.ROOT, "%.2f", 0.125)).isEqualTo("0.13");
		assertThat(Decimals.fixed(2.5, 0)).isEqualTo("3");
		assertThat(Decimals.fixed(1.005, 2)).isEqualTo(String.format(Locale.ROOT, "%.2f", 1.005));
		assertThat(Decimals.fixed(989.0, 1)).isEqualTo("989.0");
		assertThat(Decimals.fixed(0, 2)).isEqualTo("0.00");
	}

}
