package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.Architecture;
import dev.hparamadvisor.estimation.ModelPresets;
import org.jspecify.annotations.Nullable;

/**
 * Resolved scenarios for rule tests.
 */
final class Scenarios {

	private Scenarios() {
	}

	static Scenario of(Task task, String preset, long examples, int avg, @Nullable Integer p95, Priority priority) {
		Architecture a = ModelPresets.builtIn().find(preset).orElseThrow().architecture();
		String id = ModelPresets.builtIn().find(preset).orElseThrow().id();
		return new Scenario(task, MethodChoice.AUTO, priority, a, id, ContextWindows.of(id), examples, avg, p95, 79.1,
				1, null, "1 x test GPU", List.of());
	}

	static Scenario of(Task task, String preset, long examples) {
		return of(task, preset, examples, 500, 1000, Priority.BALANCED);
	}

}
