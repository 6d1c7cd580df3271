package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.Hyperparameter;
import dev.hparamadvisor.catalogue.PracticeRange;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.recommendation.MemoryFit.Candidate;
import dev.hparamadvisor.validation.ValidationContext;

/**
 * The recommendation capability: a scenario in, a value for each hyperparameter with its
 * range, rationale and sources, and a plan sized to the GPU, out. Plain Java, stateless
 * and thread-safe; a request costs a few dozen memory estimates at most.
 */
public final class Recommender {

	/** The order of the companions after the 19 hyperparameters. */
	private static final List<String> COMPANIONS = List.of("adam_beta1", "adam_beta2", "adam_epsilon", "lora_r",
			"lora_alpha", "lora_dropout", "lora_target_modules", "eval_strategy", "eval_steps", "save_strategy",
			"save_steps", "load_best_model_at_end", "metric_for_best_model", "early_stopping_threshold", "do_sample",
			"gradient_checkpointing", "bf16");

	/** The ids in the order the recommendations list them. */
	private final List<String> order;

	private final Hyperparameter learningRate;

	private final ScenarioResolver resolver = new ScenarioResolver();

	private final MemoryFit fit = new MemoryFit();

	private final MethodSelection selection = new MethodSelection(this.fit);

	private final Alternatives alternatives = new Alternatives(this.fit);

	private final PlanWriter planWriter = new PlanWriter();

	private final Ranges ranges;

	public Recommender(Catalogue catalogue) {
		List<String> order = new ArrayList<>();
		catalogue.all().forEach((e) -> order.add(e.id()));
		order.addAll(COMPANIONS);
		this.order = List.copyOf(order);
		this.learningRate = catalogue.get("learning_rate");
		this.ranges = new Ranges(catalogue, this.order);
	}

	/**
	 * The recommendation for a request that passed Bean Validation.
	 * @throws InvalidScenario if it does not describe a scenario
	 */
	public RecommendResponse recommend(RecommendRequest request) {
		return recommend(this.resolver.resolve(request));
	}

	RecommendResponse recommend(Scenario s) {
		SequenceLengths.Choice sequence = SequenceLengths.choose(s);
		Advice epochsAdvice = Epochs.choose(s);
		double epochs = (Double) epochsAdvice.value();
		LoraSettings lora = LoraSettings.choose(s);
		MethodSelection.Selection chosen = this.selection.select(s, sequence.length(), epochs, lora);
		Method method = chosen.method();
		Candidate run = (chosen.chosen() != null) ? chosen.chosen() : chosen.closest();
		BatchSizing.Batch batch = BatchSizing.batch(chosen.target(), run.microExamples(s), s.gpuCount());
		long perPass = (long) batch.micro() * s.gpuCount();
		long stepsPerEpoch = Math.max(1, ((s.examples() + perPass - 1) / perPass) / batch.accumulation());
		long totalSteps = (long) Math.ceil(epochs * stepsPerEpoch);
		PracticeRange ratePractice = this.learningRate.practiceFor(method, s.task(), (double) s.parameters())
			.orElse(null);
		Map<String, Advice> advice = new HashMap<>(64);
		add(advice, List.of(LearningRates.choose(s, method, batch.effective(), totalSteps, ratePractice), epochsAdvice,
				sequence.advice()));
		add(advice, Sizing.advise(s, chosen, run, batch, sequence.length()));
		add(advice, Regularisation.choose(s, method));
		add(advice, Optimisation.choose(s, method, chosen.optimizer()));
		add(advice, Schedule.choose(s, totalSteps));
		add(advice, Sampling.choose(s));
		if (method != Method.FULL) {
			add(advice, lora.advice());
		}
		List<RecommendedValue> values = new ArrayList<>();
		Map<String, Object> configuration = new LinkedHashMap<>();
		for (String id : this.order) {
			Advice a = advice.get(id);
			if (a == null) {
				continue;
			}
			values.add(new RecommendedValue(id, a.value(), this.ranges.of(id, s, method, lora, totalSteps),
					a.rationale(), a.sources(), true));
			configuration.put(id, a.value());
		}
		long warmup = ((Number) advice.get("warmup_steps").value()).longValue();
		List<Alternative> offered = chosen.feasible() ? List.of()
				: this.alternatives.offer(s, chosen, sequence.length(), lora);
		Plan plan = this.planWriter.write(s, chosen, run, batch, sequence.length(), epochs, stepsPerEpoch, totalSteps,
				warmup, offered);
		ValidationContext context = new ValidationContext(method, s.task(), (double) s.parameters(),
				(s.contextWindow() != null) ? Long.valueOf(s.contextWindow()) : null, s.examples(), s.gpuCount(),
				s.gpuMemoryGib());
		return new RecommendResponse(RecommendResponse.ScenarioView.of(s), List.copyOf(values), plan,
				java.util.Collections.unmodifiableMap(configuration), context, s.assumptions());
	}

	private static void add(Map<String, Advice> advice, List<Advice> more) {
		for (Advice a : more) {
			advice.put(a.id(), a);
		}
	}

}
