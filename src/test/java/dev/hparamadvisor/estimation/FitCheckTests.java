package dev.hparamadvisor.estimation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FitCheckTests {

	static final double GIB = MemoryEstimate.GIB;

	final FitCheck check = new FitCheck();

	static MemoryEstimate estimate(double persistentGib, double dynamicGib) {
		MemoryBreakdown b = new MemoryBreakdown(persistentGib * GIB, 0, 0, dynamicGib * GIB, 0, 0);
		return new MemoryEstimate(b.total(), b, StepPhase.BACKWARD_START, 1, 1);
	}

	@Test
	void requiredIsPeakPlusFortyPercentOfTheDynamicPartPlusOneAndAHalfGib() {
		// 10 GiB peak, 6 of them allocated within the step: 10 + 0.4 · 6 + 1.5
		assertThat(check.requiredWithMarginGib(estimate(4, 6))).isCloseTo(13.9, within(1e-9));
	}

	@Test
	void fitsOnlyWhenTheRequiredMemoryIsThere() {
		Fit fit = check.check(estimate(4, 6), 13.9);
		assertThat(fit.fits()).isTrue();
		assertThat(fit.gpuMemoryGib()).isEqualTo(13.9);
		assertThat(fit.margin()).contains("40%").contains("1.5 GiB");
		assertThat(check.check(estimate(4, 6), 13.8).fits()).isFalse();
	}

}
