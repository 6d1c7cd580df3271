package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.hparamadvisor.estimation.Decimals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Text} writes numbers as {@link String#format} does for its patterns, on the JDK
 * that runs the tests: random values over many magnitudes, and decimals that sit on a
 * rounding tie.
 */
class TextTests {

	static List<Double> values() {
		Random random = new Random(7);
		List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.5, 0.05, 0.005, 0.0005, 0.00005, 0.03, 0.06,
				0.1, 0.9, 0.95, 0.995, 9.95, 99.5, 999.5, 999.4, 1.15, 2.675, 1.005, 1e-4, 9.9995e-5, 1e14, 1e15, 1e20,
				-1.25, -0.04, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY));
		for (int i = 0; i < 20_000; i++) {
			values.add(Math.pow(10, random.nextDouble() * 24 - 8) * (random.nextInt(20) == 0 ? -1 : 1));
			// ties in decimal: k/2 at a random power of ten
			values.add((random.nextInt(200_000) * 2 + 1) / Math.pow(10, 1 + random.nextInt(7)));
		}
		return values;
	}

	@Test
	void fixedDecimalsAreWhatTheFormatterWrites() {
		for (double value : values()) {
			for (int decimals = 0; decimals <= 3; decimals++) {
				assertThat(Decimals.fixed(value, decimals)).as("%s to %d", value, decimals)
					.isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
			}
		}
	}

	@Test
	void gibAndPercentAreWhatTheFormatterWrites() {
		for (double value : values()) {
			assertThat(Text.gib(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
			assertThat(Text.percent(value)).as("%s", value)
				.isEqualTo(String.format(Locale.ROOT, "%.0f%%", value * 100));
		}
	}

	@Test
	void threeSignificantDigitsAreWhatTheFormatterWrites() {
		for (double value : values()) {
			assertThat(Text.threeSignificant(value)).as("%s", value)
				.isEqualTo(String.format(Locale.ROOT, "%.3g", value));
		}
	}

	@Test
	void parameterCountsAreWhatTheFormatterWrites() {
		Random random = new Random(11);
		for (int i = 0; i < 20_000; i++) {
			double n = Math.floor(Math.pow(10, random.nextDouble() * 14));
			String expected = (n >= 1e9) ? String.format(Locale.ROOT, "%.3gB", n / 1e9)
					: String.format(Locale.ROOT, "%.3gM", n / 1e6);
			assertThat(Text.parameters(n)).as("%s", n).isEqualTo(expected);
		}
		assertThat(Text.parameters(8_030_261_248L)).isEqualTo("8.03B");
		assertThat(Text.parameters(494_032_768)).isEqualTo("494M");
	}

	@Test
	void countsAreWhatTheFormatterWrites() {
		Random random = new Random(13);
		List<Double> values = new ArrayList<>(List.of(0.0, 0.5, -0.5, 999.0, 1000.0, -1000.0, 123456.0, 1e18, 9.3e18,
				-9.3e18, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
		for (int i = 0; i < 20_000; i++) {
			values.add(Math.pow(10, random.nextDouble() * 19) * (random.nextBoolean() ? -1 : 1));
		}
		for (double n : values) {
			assertThat(Text.count(n)).as("%s", n).isEqualTo(String.format(Locale.ROOT, "%,d", Math.round(n)));
		}
		assertThat(Text.count(12_000)).isEqualTo("12,000");
	}

}
