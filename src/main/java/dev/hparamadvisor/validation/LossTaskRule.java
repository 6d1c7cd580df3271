package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Optional;

import dev.hparamadvisor.catalogue.Choice;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.PracticeRange;
import dev.hparamadvisor.catalogue.Task;
import org.jspecify.annotations.Nullable;

/**
 * A loss that does not fit what the model is trained for: a regression loss (MSE, MAE,
 * Huber) for classification or for language modelling, a classification or generation
 * loss for a regression target, a preference loss for a classifier. What each loss serves
 * is in the catalogue ({@code serves} on each choice of {@code loss_function}, with its
 * sources). The target is the head's {@code problem_type} when the configuration names it
 * (Hugging Face: regression, or single- or multi-label classification), otherwise the
 * context's task; without either there is nothing to compare.
 */
final class LossTaskRule implements Rule {

	@Override
	public List<Finding> check(Configuration c) {
		Optional<String> loss = c.text("loss_function");
		Optional<String> target = target(c);
		if (loss.isEmpty() || target.isEmpty()) {
			return List.of();
		}
		Hyperparameter entry = c.catalogue().get("loss_function");
		Optional<Choice> choice = entry.choice(loss.get());
		if (choice.isEmpty() || choice.get().serves(target.get())) {
			return List.of();
		}
		String usual = usual(entry, c.context().task(), target.get());
		String because = c.has("problem_type") ? "problem_type is " + c.value("problem_type")
				: "the task is " + target.get().replace('_', ' ');
		return List.of(Finding.of("loss_function", ValidationCodes.LOSS_DOES_NOT_FIT_TASK)
			.related(c.has("problem_type") ? "problem_type" : "loss_function")
			.value(loss.get())
			.expected(usual)
			.suggestion(usual)
			.sources(choice.get().sources())
			.message("loss_function = '" + loss.get() + "' serves " + String.join(", ", choice.get().serves())
					+ ", but " + because + "; the usual choice there is " + usual + "."));
	}

	private static Optional<String> target(Configuration c) {
		Optional<String> problem = c.text("problem_type");
		if (problem.isPresent()) {
			return Optional
				.of(problem.get().equals(Choice.REGRESSION) ? Choice.REGRESSION : Task.CLASSIFICATION.jsonName());
		}
		return Optional.ofNullable(c.context().task()).map(Task::jsonName);
	}

	/** What practice uses for the task, or else the first loss that serves the target. */
	private static String usual(Hyperparameter entry, @Nullable Task task, String target) {
		if (task != null && target.equals(task.jsonName())) {
			Optional<PracticeRange> practice = entry.practiceFor(null, task, null);
			if (practice.isPresent() && !practice.get().values().isEmpty()) {
				return practice.get().values().get(0);
			}
		}
		return entry.choices()
			.stream()
			.filter((choice) -> !choice.serves().isEmpty() && choice.serves().contains(target))
			.map(Choice::value)
			.findFirst()
			.orElse("cross_entropy");
	}

}
