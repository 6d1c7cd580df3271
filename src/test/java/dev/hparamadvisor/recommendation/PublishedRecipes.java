package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.PracticeRange;
import dev.hparamadvisor.catalogue.Task;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published learning rates, one per recipe, from every collection there is: the bundled
 * {@code recommendation/published-recipes.jsonl} (LLaMA-Factory, torchtune, Unsloth,
 * papers) and, when present, {@code ../shared/data/real-training-configs.jsonl} (its
 * Axolotl and alignment-handbook examples, as two sources). Supervised recipes count
 * under the same filter as {@code PracticeAgreementTests}; DPO-style ones as preference.
 */
final class PublishedRecipes {

	/** The preference tasks of the shared file: DPO and its reference-free relatives. */
	static final Set<String> PREFERENCE = Set.of("dpo", "dpo(apo_zero)", "kto", "orpo", "gdpo");

	/**
	 * One recipe's learning rate.
	 *
	 * @param source the collection it belongs to
	 * @param reference where it was read
	 * @param method full, LoRA or QLoRA
	 * @param task instruction, chat or preference
	 * @param parameters the model's parameter count
	 * @param rate the recipe's peak learning rate
	 * @param batch the effective batch it states (per-device batch x accumulation, x the
	 * devices where the recipe gives them), or null
	 */
	record Recipe(String source, String reference, Method method, Task task, double parameters, double rate,
			@Nullable Integer batch) {

		boolean preference() {
			return this.task == Task.PREFERENCE;
		}

	}

	/**
	 * What the service makes of a recipe's model, method and task on the reference
	 * dataset and hardware of {@code PracticeAgreementTests}: the scenario, the planned
	 * batch and steps, the practice range, and the rate it recommends.
	 */
	record Setting(Scenario scenario, Method method, int batch, long steps, @Nullable PracticeRange practice,
			double served) {

		double rate(LearningRates.Rule rule) {
			return (Double) LearningRates
				.choose(rule, this.scenario, this.method, this.batch, this.steps, this.practice)
				.value();
		}

	}

	private final Recommender recommender = new Recommender(BundledCatalogue.get());

	private final Hyperparameter learningRate = BundledCatalogue.get().get("learning_rate");

	private final Map<String, Setting> settings = new HashMap<>();

	static List<Recipe> all() {
		List<Recipe> recipes = new ArrayList<>(bundled());
		for (JsonNode row : SharedData.jsonLinesIfPresent("real-training-configs.jsonl")) {
			String hint = row.path("task_hint").asString("");
			boolean preference = PREFERENCE.contains(hint) && row.hasNonNull("model_params_b")
					&& row.hasNonNull("learning_rate") && row.path("dup_of").isNull()
					&& Set.of("full", "lora", "qlora").contains(row.path("method").asString(""));
			if (!PracticeAgreementTests.counts(row) && !preference) {
				continue;
			}
			Task task = preference ? Task.PREFERENCE
					: (hint.startsWith("instruction") || hint.equals("completion")) ? Task.INSTRUCTION : Task.CHAT;
			String source = row.get("source_repo").asString();
			Integer batch = (row.hasNonNull("micro_batch_size") && row.hasNonNull("gradient_accumulation_steps"))
					? row.get("micro_batch_size").asInt() * row.get("gradient_accumulation_steps").asInt() : null;
			recipes.add(new Recipe(source.substring(source.indexOf('/') + 1), row.get("source_path").asString(),
					method(row.get("method").asString()), task, row.get("model_params_b").asDouble() * 1e9,
					row.get("learning_rate").asDouble(), batch));
		}
		return recipes;
	}

	static List<Recipe> bundled() {
		return SharedData.resourceJsonLines("/recommendation/published-recipes.jsonl")
			.stream()
			.map((row) -> new Recipe(row.get("source").asString(), row.get("reference").asString(),
					method(row.get("method").asString()), task(row.get("task").asString()),
					row.get("params_b").asDouble() * 1e9, row.get("learning_rate").asDouble(),
					row.hasNonNull("effective_batch") ? row.get("effective_batch").asInt() : null))
			.toList();
	}

	Setting setting(Recipe recipe) {
		String key = recipe.method() + "/" + recipe.task() + "/" + recipe.parameters();
		return this.settings.computeIfAbsent(key, (k) -> {
			RecommendRequest request = Requests.request(recipe.task(), MethodChoice.valueOf(recipe.method().name()),
					Requests.parameters(recipe.parameters()), 10_000, 512, null, Requests.gpu("h100", 8),
					Priority.BALANCED);
			Scenario scenario = new ScenarioResolver().resolve(request);
			RecommendResponse response = this.recommender.recommend(request);
			PracticeRange practice = this.learningRate
				.practiceFor(recipe.method(), recipe.task(), (double) scenario.parameters())
				.orElse(null);
			return new Setting(scenario, recipe.method(), response.plan().effectiveBatchSize(),
					response.plan().totalSteps(), practice, ((Number) response.value("learning_rate")).doubleValue());
		});
	}

	private static Method method(String name) {
		return Method.valueOf(name.toUpperCase(Locale.ROOT));
	}

	private static Task task(String name) {
		return switch (name) {
			case "preference" -> Task.PREFERENCE;
			case "chat" -> Task.CHAT;
			default -> Task.INSTRUCTION;
		};
	}

}
