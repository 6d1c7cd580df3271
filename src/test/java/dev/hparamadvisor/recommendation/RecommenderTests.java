package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Task;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The recommender end to end in Java: the method it picks, what it offers when nothing
 * fits, the scenario it resolves, and the evidence it cites.
 */
class RecommenderTests {

	private final Recommender recommender = new Recommender(BundledCatalogue.get());

	private RecommendResponse recommend(Task task, MethodChoice method, String preset, long examples,
			RecommendRequest.Hardware hardware, Priority priority) {
		return this.recommender.recommend(
				Requests.request(task, method, Requests.preset(preset), examples, 600, 1500, hardware, priority));
	}

	@Test
	void autoPicksFullFineTuningWhenItFitsWithRoomAndTheDataOutgrowAdapters() {
		RecommendResponse large = recommend(Task.INSTRUCTION, MethodChoice.AUTO, "llama-3.2-1b", 200_000,
				Requests.gpu("h100", 1), Priority.BALANCED);
		assertThat(large.plan().method()).isEqualTo("full");
		assertThat(large.plan().methodChoice()).startsWith("Auto:").contains("full fine-tuning: fits");
		RecommendResponse small = recommend(Task.INSTRUCTION, MethodChoice.AUTO, "llama-3.2-1b", 2_000,
				Requests.gpu("h100", 1), Priority.BALANCED);
		assertThat(small.plan().method()).isEqualTo("lora");
		assertThat(small.plan().methodChoice()).contains("within the capacity of rank-16 adapters");
	}

	@Test
	void autoFallsBackToQloraWhenLoraDoesNotFitAndSpeedNeverPicksFull() {
		RecommendResponse tight = recommend(Task.CHAT, MethodChoice.AUTO, "llama-3.1-70b", 200_000,
				Requests.gpu("h100", 1), Priority.BALANCED);
		assertThat(tight.plan().method()).isEqualTo("qlora");
		assertThat(tight.plan().feasible()).isTrue();
		assertThat(tight.plan().search()).anySatisfy((line) -> assertThat(line).startsWith("LoRA: does not fit"));
		RecommendResponse speed = recommend(Task.INSTRUCTION, MethodChoice.AUTO, "llama-3.2-1b", 200_000,
				Requests.gpu("h100", 1), Priority.SPEED);
		assertThat(speed.plan().method()).isEqualTo("lora");
	}

	@Test
	void anExplicitFullFineTuneTriesEightBitAdamWBeforeGivingUp() {
		RecommendResponse response = recommend(Task.CHAT, MethodChoice.FULL, "llama-3.2-3b", 50_000,
				Requests.memory(48, 1), Priority.BALANCED);
		assertThat(response.plan().search()).first().asString().startsWith("full fine-tuning: does not fit");
		assertThat(response.plan().optimizer()).isEqualTo("adamw_8bit");
		assertThat(response.plan().feasible()).isTrue();
	}

	@Test
	void aScenarioThatCannotFitSaysWhyAndOffersWhatDoes() {
		RecommendResponse response = recommend(Task.CHAT, MethodChoice.FULL, "llama-3.1-70b", 50_000,
				Requests.memory(24, 1), Priority.BALANCED);
		Plan plan = response.plan();
		assertThat(plan.feasible()).isFalse();
		assertThat(plan.reason()).contains("70B", "24.0 GiB");
		assertThat(plan.estimatedHours()).isNull();
		List<String> changes = plan.alternatives().stream().map(Alternative::change).toList();
		assertThat(changes).anySatisfy((c) -> assertThat(c).isEqualTo("use QLoRA instead"))
			.anySatisfy((c) -> assertThat(c).startsWith("use QLoRA on a GPU with more memory"))
			.anySatisfy((c) -> assertThat(c).startsWith("shard over"));
		Alternative qlora = plan.alternatives()
			.stream()
			.filter((a) -> a.change().startsWith("use QLoRA on"))
			.findFirst()
			.orElseThrow();
		assertThat(qlora.fits()).isTrue();
		assertThat(qlora.requiredWithMarginGib()).isGreaterThan(24);
		assertThat(qlora.estimatedBy()).isEqualTo("estimator");
	}

	@Test
	void aShorterSequenceIsOfferedWhenItIsWhatFits() {
		RecommendResponse response = this.recommender.recommend(Requests.request(Task.CHAT, MethodChoice.LORA,
				Requests.preset("llama-3.1-8b"), 5_000, 6000, 16000, Requests.memory(24, 1), null));
		assertThat(response.plan().feasible()).isFalse();
		assertThat(response.plan().alternatives()).anySatisfy((a) -> {
			assertThat(a.change()).startsWith("a shorter sequence");
			assertThat(a.sequenceLength()).isLessThan(response.plan().sequenceLength());
			assertThat(a.fits()).isTrue();
		});
	}

	@Test
	void everyCitedSourceIsInTheBibliographyAndEveryValueHasAReason() {
		for (RecommendRequest request : Grid.scenarios().subList(0, 400)) {
			for (RecommendedValue value : this.recommender.recommend(request).recommendations()) {
				assertThat(value.sources()).as(value.id()).isNotEmpty();
				assertThat(BundledCatalogue.get().sources().keySet()).as(value.id()).containsAll(value.sources());
				if (value.range() != null) {
					assertThat(BundledCatalogue.get().sources().keySet()).containsAll(value.range().sources());
				}
				assertThat(value.rationale()).as(value.id()).hasSizeGreaterThan(20);
			}
		}
	}

	@Test
	void rationalesSpeakOfTheScenario() {
		RecommendResponse response = this.recommender.recommend(Requests.issueExample());
		String all = String.join(" ", response.recommendations().stream().map(RecommendedValue::rationale).toList());
		assertThat(all).contains("meta-llama/Llama-3.1-8B", "12,000 examples", "1,800 tokens", "80.0 GiB",
				"hidden size 4096");
	}

	@Test
	void theLoraSettingsAppearOnlyWithAdapters() {
		RecommendResponse full = recommend(Task.CHAT, MethodChoice.FULL, "llama-3.2-1b", 50_000,
				Requests.gpu("h100", 1), Priority.BALANCED);
		assertThat(full.configuration()).doesNotContainKeys("lora_r", "lora_alpha", "lora_dropout");
		assertThat(full.recommendations()).hasSize(19 + 13);
		RecommendResponse lora = this.recommender.recommend(Requests.issueExample());
		assertThat(lora.configuration()).containsKeys("lora_r", "lora_alpha", "lora_dropout", "lora_target_modules");
		assertThat(lora.configuration()).doesNotContainKey("warmup_ratio");
		assertThat(lora.recommendations()).extracting(RecommendedValue::id)
			.as("warmup is given once, as steps")
			.doesNotContain("warmup_ratio");
		assertThat(lora.recommendations()).allSatisfy((r) -> assertThat(r.inConfiguration()).isTrue());
	}

	@Test
	void aRequestThatDescribesNoScenarioNamesEveryProblem() {
		assertThatExceptionOfType(InvalidScenario.class)
			.isThrownBy(() -> this.recommender.recommend(Requests.request(Task.CHAT, null,
					new dev.hparamadvisor.estimation.EstimateRequest.ModelSpec("llama-3.1-8b", 8e9, null, null, null,
							null, null, null, null, null),
					100, 500, 400, new RecommendRequest.Hardware(null, null, 2), null)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidScenario.FieldProblem::pointer)
				.containsExactly("/model/preset", "/dataset/p95_tokens", "/hardware"));
	}

}
