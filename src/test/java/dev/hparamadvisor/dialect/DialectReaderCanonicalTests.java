package dev.hparamadvisor.dialect;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.hparamadvisor.dialect.DialectNote.Code;
import dev.hparamadvisor.dialect.UnreadableConfiguration.Problem;

import static dev.hparamadvisor.dialect.Configs.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class DialectReaderCanonicalTests {

	private final DialectReader reader = new DialectReader(BundledCatalogue.get());

	@Test
	void detectsTheProjectsOwnNames() {
		ReadConfiguration read = this.reader.read(Configs
			.json("{\"learning_rate\": \"2e-4\", \"batch_size\": 8, \"num_epochs\": 3, \"sequence_length\": 2048}"));
		assertThat(read.dialect()).isEqualTo(Dialect.CANONICAL);
		assertThat(read.values().get("learning_rate").asString()).isEqualTo("2e-4");
		assertThat(read.values().get("batch_size").asInt()).isEqualTo(8);
		assertThat(codes(read)).containsExactly(Code.DETECTED);
	}

	@Test
	void readsAKnownNameWrittenAsASectionAndAKey() {
		// as configurations for users' own training scripts group LoRA's settings
		ReadConfiguration read = this.reader.read(Configs.yaml("""
				learning_rate: 1.0e-4
				lora:
				  rank: 16
				  alpha: 32
				  dropout: 0.05
				adam:
				  epsilon: 1.0e-8
				train:
				  batch_size: 4
				"""));
		assertThat(read.values()).containsKeys("lora_r", "lora_alpha", "lora_dropout", "adam_epsilon");
		assertThat(read.rawNames()).containsEntry("lora_dropout", "lora.dropout");
		assertThat(read.unknown()).isEmpty();
		// not a global batch: train: {batch_size} is as often per device
		assertThat(read.values()).doesNotContainKey("total_batch_size");
		assertThat(read.hints().method()).isEqualTo(dev.hparamadvisor.catalogue.Method.LORA);
	}

	@Test
	void acceptsAliasesLooselyWithoutNotes() {
		ReadConfiguration read = this.reader
			.read(Configs.json("{\"lr\": 1e-3, \"epochs\": 2, \"max_seq_len\": 512, \"learningRate\": 1e-3,"
					+ " \"--max-grad-norm\": 1.0, \"clipnorm\": 1.0}"), Dialect.CANONICAL);
		assertThat(read.values()).containsOnlyKeys("learning_rate", "num_epochs", "sequence_length",
				"gradient_clipping");
		assertThat(codes(read)).containsOnly(Code.DUPLICATE);
	}

	@Test
	void keepsTheKeyOfHigherPrecedenceWhenTwoSetOneParameter() {
		ReadConfiguration read = this.reader.read(Configs.json("{\"lr\": 2e-4, \"learning_rate\": 1e-4}"),
				Dialect.CANONICAL);
		assertThat(read.values().get("learning_rate").asDouble()).isEqualTo(1e-4);
		assertThat(read.rawNames()).containsEntry("learning_rate", "learning_rate");
		assertThat(read.notes()).singleElement().satisfies((note) -> assertThat(note.code()).isEqualTo(Code.DUPLICATE));
	}

	@Test
	void mapsAnotherToolsKeyWithANote() {
		ReadConfiguration read = this.reader.read(
				Configs.yaml("micro_batch_size: 2\nper_device_train_batch_size: 4\nnum_train_epochs: 2\n"),
				Dialect.AXOLOTL);
		assertThat(read.values().get("batch_size").asInt()).isEqualTo(2);
		assertThat(read.rawNames()).contains(entry("batch_size", "micro_batch_size"),
				entry("num_epochs", "num_train_epochs"));
		assertThat(codes(read)).contains(Code.FOREIGN_NAME, Code.DUPLICATE);
	}

	@Test
	void listsHyperparameterLookingKeysAsUnknownAndTheRestAsIgnored() {
		ReadConfiguration read = this.reader.read(Configs.json("""
				{"learning_rate": 1e-4, "my_lr_warmup": 3, "decayFactor": 0.9, "generate_samples": true,
				 "early_stopping": true, "project": {"name": "x", "tags": ["a"]},
				 "custom": {"top_p_floor": 0.1, "path": "/tmp"}}"""), Dialect.CANONICAL);
		assertThat(read.unknown()).extracting(UnknownKey::path)
			.containsExactly("my_lr_warmup", "decayFactor", "custom.top_p_floor");
		assertThat(read.ignored()).containsExactly("generate_samples", "early_stopping", "project", "custom.path");
	}

	@Test
	void skipsNullValues() {
		ReadConfiguration read = this.reader.read(Configs.yaml("learning_rate:\nnum_epochs: 2\n"), Dialect.CANONICAL);
		assertThat(read.values()).containsOnlyKeys("num_epochs");
		assertThat(read.ignored()).isEmpty();
	}

	@Test
	void producesOnlyVocabularyNames() {
		ReadConfiguration read = this.reader.read(Configs.json("""
				{"betas": [0.9, 0.999], "total_batch_size": 64, "model_size": 7e9, "lr_schedule": "cosine",
				 "loss_function": "cross_entropy", "dropout": 0.1, "attention_dropout": 0.0}"""));
		assertThat(read.values().keySet()).allMatch(BundledCatalogue.get().vocabulary()::isId);
		assertThat(read.hints().modelParameters()).isEqualTo(7_000_000_000L);
		assertThat(this.reader.read(Configs.json("{\"model_size\": \"1.5B\"}")).hints().modelParameters())
			.isEqualTo(1_500_000_000L);
	}

	@Test
	void rejectsWhatIsNotAConfiguration() {
		assertThatExceptionOfType(UnreadableConfiguration.class)
			.isThrownBy(() -> this.reader.read(JsonNodeFactory.instance.arrayNode()))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.NOT_AN_OBJECT));
		ObjectNode deep = JsonNodeFactory.instance.objectNode();
		ObjectNode node = deep;
		for (int i = 0; i < 500; i++) {
			node = node.putObject("a");
		}
		assertThatExceptionOfType(UnreadableConfiguration.class).isThrownBy(() -> this.reader.read(deep))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.TOO_DEEP));
	}

}
