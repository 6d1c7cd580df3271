package dev.hparamadvisor.catalogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled catalogue: the 19 entries, the ebook's numbers, hard domains, aliases of
 * common tools, context-aware practice, and the top-p/top-k erratum.
 */
class BundledCatalogueTests {

	private final Catalogue catalogue = BundledCatalogue.get();

	@Test
	void hasTheNineteenCanonicalIdsInTheEbooksOrder() {
		assertThat(this.catalogue.all()).extracting(Hyperparameter::id)
			.containsExactly("learning_rate", "batch_size", "num_epochs", "dropout", "weight_decay", "sequence_length",
					"warmup_steps", "gradient_accumulation_steps", "optimizer", "loss_function", "max_steps",
					"model_size", "temperature", "top_p", "top_k", "gradient_clipping", "lr_schedule",
					"attention_dropout", "early_stopping_patience");
		assertThat(this.catalogue.all()).extracting((p) -> p.ebook().section())
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
	}

	@Test
	void keepsTheEbooksNumericRangesExactly() {
		// The ebook's "Possible values", as printed (sections 1-19).
		Map<String, double[]> ebook = Map.ofEntries(Map.entry("learning_rate", new double[] { 0.0001, 0.1 }),
				Map.entry("batch_size", new double[] { 8, 256 }), Map.entry("num_epochs", new double[] { 1, 100 }),
				Map.entry("dropout", new double[] { 0.1, 0.5 }),
				Map.entry("weight_decay", new double[] { 0.0001, 0.1 }),
				Map.entry("sequence_length", new double[] { 32, 1000 }),
				Map.entry("gradient_accumulation_steps", new double[] { 1, 10 }),
				Map.entry("temperature", new double[] { 0.1, 1.0 }), Map.entry("top_p", new double[] { 0.1, 0.9 }),
				Map.entry("top_k", new double[] { 1, 10 }), Map.entry("attention_dropout", new double[] { 0.1, 0.5 }));
		for (Hyperparameter entry : this.catalogue.all()) {
			double[] expected = ebook.get(entry.id());
			if (expected == null) {
				assertThat(entry.ebook().isNumeric()).as("%s has words only in the ebook", entry.id()).isFalse();
			}
			else {
				assertThat(new double[] { entry.ebook().min(), entry.ebook().max() }).as(entry.id())
					.containsExactly(expected);
			}
		}
		assertThat(this.catalogue.get("warmup_steps").ebook().text())
			.isEqualTo("A small percentage of the total training steps");
	}

	@Test
	void numericEntriesHaveHardDomainsAndChoiceEntriesHaveChoices() {
		for (Hyperparameter entry : this.catalogue.all()) {
			if (entry.valueType() == ValueType.CHOICE) {
				assertThat(entry.choices()).as(entry.id()).isNotEmpty();
				assertThat(entry.scale()).isEqualTo(Scale.CATEGORICAL);
			}
			else {
				assertThat(entry.domain()).as(entry.id()).isNotNull();
			}
		}
		assertThat(this.catalogue.all()).filteredOn((p) -> p.valueType() == ValueType.CHOICE)
			.extracting(Hyperparameter::id)
			.containsExactly("optimizer", "loss_function", "lr_schedule");
	}

	@ParameterizedTest
	@CsvSource({ "learning_rate, 0, false", "learning_rate, 2e-5, true", "dropout, 0, true", "dropout, 1, false",
			"dropout, -0.1, false", "attention_dropout, 0.99, true", "attention_dropout, 1, false", "top_p, 0, false",
			"top_p, 1, true", "top_p, 1.01, false", "top_k, 0, true", "top_k, 2.5, false", "top_k, -1, false",
			"batch_size, 0, false", "batch_size, 2.5, false", "batch_size, 1, true",
			"gradient_accumulation_steps, 0, false", "num_epochs, 0, false", "num_epochs, 0.5, true",
			"weight_decay, -0.01, false", "weight_decay, 0, true", "temperature, 0, true", "temperature, -0.1, false",
			"gradient_clipping, 0, true", "gradient_clipping, -1, false", "early_stopping_patience, 0, false",
			"max_steps, -1, true", "sequence_length, 0, false", "model_size, 0, false" })
	void hardDomains(String id, double value, boolean allowed) {
		assertThat(this.catalogue.get(id).domain().contains(value)).as("%s = %s", id, value).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "lr, learning_rate", "LR, learning_rate", "Learning-Rate, learning_rate",
			"per_device_train_batch_size, batch_size", "micro_batch_size, batch_size", "num_train_epochs, num_epochs",
			"max_grad_norm, gradient_clipping", "cutoff_len, sequence_length", "sequence_len, sequence_length",
			"optim, optimizer", "lr_scheduler_type, lr_schedule", "lr_scheduler, lr_schedule",
			"attention_probs_dropout_prob, attention_dropout", "early_stopping_steps, early_stopping_patience",
			"n_epochs, num_epochs" })
	void resolvesTheNamesOfCommonTools(String alias, String id) {
		assertThat(this.catalogue.find(alias)).map(Hyperparameter::id).contains(id);
	}

	@ParameterizedTest
	@CsvSource({ "optimizer, adamw_torch_fused, adamw", "optimizer, paged_adamw_8bit, adamw",
			"optimizer, torch.optim.AdamW, adamw", "optimizer, SGD, sgd", "optimizer, adafactor, adafactor",
			"lr_schedule, cosine, cosine", "lr_schedule, constant_with_warmup, constant_with_warmup",
			"lr_schedule, linear, linear" })
	void resolvesChoiceSpellings(String id, String spelling, String choice) {
		assertThat(this.catalogue.get(id).choice(spelling)).map(Choice::value).contains(choice);
	}

	@Test
	void subParametersTheEbookNamesAreThere() {
		for (String name : List.of("adam_beta1", "adam_beta2", "adam_epsilon", "momentum", "warmup_ratio",
				"early_stopping_threshold", "clip_value", "min_lr_ratio", "lora_dropout")) {
			assertThat(this.catalogue.findSubParameter(name)).as(name).isPresent();
		}
	}

	@ParameterizedTest
	@CsvSource({ "lr, learning_rate", "warmup_proportion, warmup_ratio", "beta1, adam_beta1", "lora_rank, lora_r",
			"evaluation_strategy, eval_strategy", "sample_packing, packing", "max_tokens, max_new_tokens",
			"dpo_beta, preference_beta", "label_smoothing_factor, label_smoothing", "logging_steps, logging_steps" })
	void resolvesEveryNameOfTheOneVocabulary(String name, String id) {
		assertThat(this.catalogue.term(name)).map(Term::id).contains(id);
	}

	@Test
	void companionsAreNeitherEntriesNorSubParametersAndHaveTheirTypes() {
		assertThat(this.catalogue.companions()).extracting(Companion::id)
			.contains("lora_r", "lora_alpha", "do_sample", "min_p", "eval_strategy", "save_steps", "bf16",
					"total_batch_size", "num_devices", "preference_beta")
			.doesNotContain("warmup_ratio", "adam_beta1", "adam_epsilon", "momentum", "lora_dropout");
		for (Companion companion : this.catalogue.companions()) {
			assertThat(this.catalogue.find(companion.id())).as(companion.id()).isEmpty();
			assertThat(this.catalogue.findSubParameter(companion.id())).as(companion.id()).isEmpty();
			companion.sources().forEach((id) -> assertThat(this.catalogue.source(id)).as(id).isPresent());
		}
		assertThat(this.catalogue.term("eval_strategy").orElseThrow().choices()).containsExactly("no", "steps",
				"epoch");
		assertThat(this.catalogue.term("lora_target_modules").orElseThrow().valueType()).isEqualTo(ValueType.TEXT);
		assertThat(this.catalogue.term("do_sample").orElseThrow().valueType()).isEqualTo(ValueType.BOOLEAN);
	}

	@Test
	void fullFineTuningOfA7bModelAt2e5IsPracticeThoughBelowTheEbook() {
		Hyperparameter lr = this.catalogue.get("learning_rate");
		assertThat(lr.ebook().contains(2e-5)).isFalse();
		PracticeRange full = lr.practiceFor(Method.FULL, Task.CHAT, 7e9).orElseThrow();
		assertThat(full.contains(2e-5)).isTrue();
		assertThat(full.sources()).isNotEmpty();
		PracticeRange lora = lr.practiceFor(Method.LORA, Task.CHAT, 8e9).orElseThrow();
		assertThat(lora.contains(2e-4)).isTrue();
		assertThat(lora.contains(2e-5)).isFalse();
	}

	@Test
	void topPAndTopKAreDefinedCorrectlyWithTheErratumRecorded() {
		Hyperparameter topP = this.catalogue.get("top_p");
		Hyperparameter topK = this.catalogue.get("top_k");
		assertThat(topP.erratum()).isNotNull();
		assertThat(topK.erratum()).isNotNull();
		assertThat(topP.erratum().correctDefinition()).containsIgnoringCase("cumulative");
		assertThat(topP.summary() + topP.explanation()).containsIgnoringCase("cumulative");
		assertThat(topK.erratum().correctDefinition()).containsIgnoringCase("most likely");
		assertThat(topP.ebook().min()).isEqualTo(0.1);
		assertThat(topK.ebook().max()).isEqualTo(10.0);
	}

	@Test
	void everyEntryCitesSourcesThatExist() {
		List<Source> cited = this.catalogue.sourcesCitedBy(this.catalogue.all());
		assertThat(cited).extracting(Source::id).contains("ebook", "judgement");
		assertThat(cited).hasSameSizeAs(this.catalogue.sources().values());
		for (Hyperparameter entry : this.catalogue.all()) {
			assertThat(entry.practice()).as("%s practice", entry.id()).isNotEmpty();
			entry.practice().forEach((range) -> assertThat(range.sources()).isNotEmpty());
		}
	}

	@Test
	void suggestsTheClosestIdsForATypo() {
		assertThat(this.catalogue.suggest("learnin_rate")).first().isEqualTo("learning_rate");
		assertThat(this.catalogue.suggest("top-q")).contains("top_p");
		assertThat(this.catalogue.suggest("zzzzzzzzzzzzzzzz")).isEmpty();
	}

	@Test
	void filtersByPhaseAndCategory() {
		assertThat(this.catalogue.filter(Phase.INFERENCE, null)).extracting(Hyperparameter::id)
			.containsExactly("temperature", "top_p", "top_k");
		assertThat(this.catalogue.filter(null, Category.SAMPLING)).hasSize(3);
		assertThat(this.catalogue.filter(Phase.MODEL, null)).extracting(Hyperparameter::id).contains("model_size");
		assertThat(this.catalogue.filter(null, null)).hasSize(19);
	}

}
