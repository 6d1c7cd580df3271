package dev.hparamadvisor.studies.sampling;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Java reading of the comparison's surfaces agrees with the Python one
 * ({@code scripts/compare_optuna.py} wrote the checks), and each surface's optimum is its
 * minimum.
 */
class SyntheticSurfacesTests {

	private final SyntheticSurfaces surfaces = SyntheticSurfaces.load();

	@Test
	void regretsMatchThePythonSide() {
		assertThat(this.surfaces.checks()).hasSizeGreaterThanOrEqualTo(this.surfaces.objectives().size());
		for (SyntheticSurfaces.Check check : this.surfaces.checks()) {
			assertThat(this.surfaces.regret(this.surfaces.objective(check.objective()), check.point()))
				.as(check.objective())
				.isCloseTo(check.regret(), within(1e-9 * Math.max(1, check.regret())));
		}
	}

	@Test
	void eachOptimumHasNoRegretAndItsNeighboursHaveSome() {
		for (SyntheticSurfaces.Objective objective : this.surfaces.objectives()) {
			Map<String, Object> optimum = Map.copyOf(objective.optimum());
			assertThat(this.surfaces.regret(objective, optimum)).as(objective.name()).isZero();
			for (String name : optimum.keySet()) {
				Map<String, Object> moved = new java.util.HashMap<>(optimum);
				moved.put(name, ((Number) optimum.get(name)).doubleValue() * 1.1 + 0.01);
				assertThat(this.surfaces.regret(objective, moved)).as(objective.name() + " " + name).isPositive();
			}
		}
	}

}
