package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FitCheckTests {

	static final double GIB = MemoryEstimate.GIB;

	final FitCheck check = new FitCheck();

	static MemoryEstimate estimate(Method method, double weightsGib, double gradientsGib, double activationsGib,
			double logitsGib) {
		MemoryBreakdown b = new MemoryBreakdown(weightsGib * GIB, gradientsGib * GIB, 0, activationsGib * GIB,
				logitsGib * GIB, 0);
		return new MemoryEstimate(b.total(), b, StepPhase.BACKWARD_START, 1, 1, method);
	}

	@Test
	void theReserveIsAShareOfEachTransientPartOfThePeak() {
		// full: 10 + 2 + 4 + 1 = 17 GiB peak; 0.30 · 2 + 0.35 · 4 + 0.35 · 1 reserved;
		// 1.5 fixed
		assertThat(check.requiredWithMarginGib(estimate(Method.FULL, 10, 2, 4, 1)))
			.isCloseTo(17 + 0.6 + 1.4 + 0.35 + 1.5, within(1e-9));
		// adapters: activations freed in order, 5% of them
		assertThat(check.requiredWithMarginGib(estimate(Method.LORA, 10, 0, 4, 1))).isCloseTo(15 + 0.2 + 0.35 + 1.5,
				within(1e-9));
	}

	@Test
	void weightsAndOptimizerStatesNeedNoReserve() {
		assertThat(check.requiredWithMarginGib(estimate(Method.FULL, 40, 0, 0, 0))).isCloseTo(41.5, within(1e-9));
	}

	@Test
	void fitsOnlyWhenTheRequiredMemoryIsThere() {
		double required = check.requiredWithMarginGib(estimate(Method.QLORA, 4, 0, 6, 0));
		Fit fit = check.check(estimate(Method.QLORA, 4, 0, 6, 0), required);
		assertThat(fit.fits()).isTrue();
		assertThat(fit.gpuMemoryGib()).isEqualTo(required);
		assertThat(fit.margin()).contains("peak 10.00 GiB + 0.30 GiB allocator reserve").contains("1.5 GiB");
		assertThat(check.check(estimate(Method.QLORA, 4, 0, 6, 0), required - 0.01).fits()).isFalse();
	}

}
