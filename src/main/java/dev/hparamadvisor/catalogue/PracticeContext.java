package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Where a practice range applies. Every field is optional; an empty list or a missing
 * bound matches anything.
 *
 * @param methods fine-tuning methods it applies to
 * @param tasks tasks it applies to
 * @param modelParamsMin smallest model (parameters) it applies to, inclusive
 * @param modelParamsMax largest model (parameters) it applies to, exclusive
 */
public record PracticeContext(@JsonProperty("methods") List<Method> methods, @JsonProperty("tasks") List<Task> tasks,
		@JsonProperty("model_params_min") @Nullable Double modelParamsMin,
		@JsonProperty("model_params_max") @Nullable Double modelParamsMax) {

	/** Matches every context. */
	public static final PracticeContext ANY = new PracticeContext(List.of(), List.of(), null, null);

	public PracticeContext {
		methods = (methods != null) ? List.copyOf(methods) : List.of();
		tasks = (tasks != null) ? List.copyOf(tasks) : List.of();
	}

	/**
	 * Whether this context covers the given facts. A fact that is not known
	 * ({@code null}) matches only a context that does not constrain it.
	 */
	public boolean matches(@Nullable Method method, @Nullable Task task, @Nullable Double modelParameters) {
		if (!this.methods.isEmpty() && (method == null || !this.methods.contains(method))) {
			return false;
		}
		if (!this.tasks.isEmpty() && (task == null || !this.tasks.contains(task))) {
			return false;
		}
		if (this.modelParamsMin == null && this.modelParamsMax == null) {
			return true;
		}
		if (modelParameters == null) {
			return false;
		}
		return (this.modelParamsMin == null || modelParameters >= this.modelParamsMin)
				&& (this.modelParamsMax == null || modelParameters < this.modelParamsMax);
	}

	/**
	 * Whether this context could cover a run of which only some facts are known: a known
	 * fact must match, an unknown one ({@code null}) may be anything.
	 */
	public boolean couldMatch(@Nullable Method method, @Nullable Task task, @Nullable Double modelParameters) {
		if (!this.methods.isEmpty() && method != null && !this.methods.contains(method)) {
			return false;
		}
		if (!this.tasks.isEmpty() && task != null && !this.tasks.contains(task)) {
			return false;
		}
		if (modelParameters == null) {
			return true;
		}
		return (this.modelParamsMin == null || modelParameters >= this.modelParamsMin)
				&& (this.modelParamsMax == null || modelParameters < this.modelParamsMax);
	}

	/**
	 * How specific this context is; the most specific matching range wins. A task counts
	 * double: a task-specific range (preference tuning, encoder classification) says more
	 * than a size band does.
	 */
	public int specificity() {
		int size = (this.modelParamsMin != null || this.modelParamsMax != null) ? 1 : 0;
		return (this.methods.isEmpty() ? 0 : 1) + (this.tasks.isEmpty() ? 0 : 2) + size;
	}

}
