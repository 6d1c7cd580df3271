package dev.hparamadvisor.validation;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Task;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ValidationContext} a fact at a time, for tests.
 *
 * @param method the fine-tuning method
 * @param task the task
 * @param modelParameters the model's size
 * @param window the model's context window
 * @param examples the dataset's size
 * @param devices the data-parallel devices
 */
record RunContext(@Nullable Method method, @Nullable Task task, @Nullable Double modelParameters, @Nullable Long window,
		@Nullable Long examples, @Nullable Integer devices) {

	/** Nothing known. */
	static RunContext unknown() {
		return new RunContext(null, null, null, null, null, null);
	}

	/** A method and a model size. */
	static RunContext of(Method method, double modelParameters) {
		return unknown().method(method).model(modelParameters);
	}

	RunContext method(Method method) {
		return new RunContext(method, this.task, this.modelParameters, this.window, this.examples, this.devices);
	}

	RunContext task(Task task) {
		return new RunContext(this.method, task, this.modelParameters, this.window, this.examples, this.devices);
	}

	RunContext model(double parameters) {
		return new RunContext(this.method, this.task, parameters, this.window, this.examples, this.devices);
	}

	RunContext window(long tokens) {
		return new RunContext(this.method, this.task, this.modelParameters, tokens, this.examples, this.devices);
	}

	RunContext examples(long examples) {
		return new RunContext(this.method, this.task, this.modelParameters, this.window, examples, this.devices);
	}

	RunContext devices(int devices) {
		return new RunContext(this.method, this.task, this.modelParameters, this.window, this.examples, devices);
	}

	ValidationContext context() {
		return new ValidationContext(this.method, this.task, this.modelParameters, this.window, this.examples,
				this.devices, null);
	}

}
