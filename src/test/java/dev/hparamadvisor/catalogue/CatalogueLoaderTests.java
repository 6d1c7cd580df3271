package dev.hparamadvisor.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The loader accepts a consistent catalogue and stops on each kind of inconsistency with
 * a message naming the entry and the field.
 */
class CatalogueLoaderTests {

	private final CatalogueLoader loader = new CatalogueLoader();

	private static String minimal() throws IOException {
		try (InputStream in = CatalogueLoaderTests.class.getResourceAsStream("/catalogue/minimal.yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private Catalogue load(String yaml) {
		return this.loader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
	}

	private String failure(String yaml) {
		return assertThatExceptionOfType(InvalidCatalogueException.class).isThrownBy(() -> load(yaml))
			.actual()
			.getMessage();
	}

	@Test
	void loadsTheFixture() throws IOException {
		Catalogue catalogue = load(minimal());
		assertThat(catalogue.all()).extracting(Hyperparameter::id).containsExactly("dropout", "optimizer");
		assertThat(catalogue.find("RESID_PDROP")).map(Hyperparameter::id).contains("dropout");
		assertThat(catalogue.get("optimizer").choice("AdamW_Torch")).map(Choice::value).contains("adamw");
	}

	@Test
	void missingFieldNamesEntryAndField() throws IOException {
		String yaml = minimal().replace("    summary: \"Probability of zeroing an activation.\"\n", "");
		assertThat(failure(yaml)).contains("entry 'dropout'").contains("missing field 'summary'");
	}

	@Test
	void missingNestedFieldNamesEntryAndField() throws IOException {
		String yaml = minimal().replace("      decrease: \"Less state.\"\n", "");
		assertThat(failure(yaml)).contains("entry 'optimizer'").contains("missing field 'effects.decrease'");
	}

	@Test
	void duplicateIdIsRefused() throws IOException {
		String yaml = minimal().replace("  - id: optimizer\n", "  - id: dropout\n");
		assertThat(failure(yaml)).contains("duplicate id 'dropout'");
	}

	@Test
	void duplicateAliasAcrossEntriesIsRefused() throws IOException {
		String yaml = minimal().replace("aliases: [optim]", "aliases: [optim, Hidden-Dropout-Prob]");
		assertThat(failure(yaml)).contains("entry 'optimizer'")
			.contains("duplicate alias 'Hidden-Dropout-Prob'")
			.contains("already used by entry 'dropout'");
	}

	@Test
	void ebookRangeWithMinAboveMaxIsRefused() throws IOException {
		String yaml = minimal().replace("      min: 0.1\n      max: 0.5\n", "      min: 0.5\n      max: 0.1\n");
		assertThat(failure(yaml)).contains("entry 'dropout'").contains("field 'ebook': min 0.5 exceeds max 0.1");
	}

	@Test
	void practiceRangeWithMinAboveMaxIsRefused() throws IOException {
		String yaml = minimal().replace("        min: 0.0\n        max: 0.1\n", "        min: 0.2\n        max: 0.1\n");
		assertThat(failure(yaml)).contains("entry 'dropout'").contains("field 'practice[0]': min 0.2 exceeds max 0.1");
	}

	@Test
	void domainWithMinAboveMaxIsRefused() throws IOException {
		String yaml = minimal().replace("      min: 0\n      min_inclusive: true\n      max: 1\n",
				"      min: 2\n      min_inclusive: true\n      max: 1\n");
		assertThat(failure(yaml)).contains("entry 'dropout'").contains("field 'domain': min 2 exceeds max 1");
	}

	@Test
	void unknownEnumValueNamesEntryFieldAndAllowedValues() throws IOException {
		String yaml = minimal().replace("    phase: training\n    category: regularization",
				"    phase: trainnig\n    category: regularization");
		assertThat(failure(yaml)).contains("entry 'dropout'")
			.contains("phase")
			.contains("unknown value 'trainnig'")
			.contains("training, inference, model");
	}

	@Test
	void unknownFieldIsRefused() throws IOException {
		String yaml = minimal().replace("    scale: categorical\n", "    scale: categorical\n    colour: blue\n");
		assertThat(failure(yaml)).contains("entry 'optimizer'").contains("unknown field 'colour'");
	}

	@Test
	void citationOfUnknownSourceIsRefused() throws IOException {
		String yaml = minimal().replace("      sources: [pytorch-dropout]\n    practice:",
				"      sources: [pytorch-droput]\n    practice:");
		assertThat(failure(yaml)).contains("entry 'dropout'").contains("unknown source 'pytorch-droput'");
	}

	@Test
	void unknownRelatedEntryIsRefused() throws IOException {
		String yaml = minimal().replace("related: [optimizer]", "related: [optimiser]");
		assertThat(failure(yaml)).contains("entry 'dropout'").contains("unknown entry 'optimiser'");
	}

	@Test
	void defaultOutsideDomainIsRefused() throws IOException {
		String yaml = minimal().replace("      value: 0.0\n      source: pytorch-dropout",
				"      value: 1.5\n      source: pytorch-dropout");
		assertThat(failure(yaml)).contains("entry 'dropout'").contains("field 'default': 1.5 is outside the domain");
	}

	@Test
	void choiceEntryWithoutChoicesIsRefused() throws IOException {
		String yaml = minimal().replaceAll("(?s)    choices:\n.*?    ebook:\n      section: 9",
				"    ebook:\n      section: 9");
		assertThat(failure(yaml)).contains("entry 'optimizer'").contains("missing field 'choices'");
	}

	@Test
	void resolvesEveryNameOfTheVocabulary() throws IOException {
		Catalogue catalogue = load(minimal());
		assertThat(catalogue.term("Lora-Rank")).map(Term::id).contains("lora_r");
		assertThat(catalogue.term("resid_pdrop")).map(Term::id).contains("dropout");
		assertThat(catalogue.term("lora_r").orElseThrow().entry()).isNull();
		assertThat(catalogue.term("optimizer").orElseThrow().isEntry()).isTrue();
		assertThat(catalogue.vocabulary().ids()).containsExactly("dropout", "optimizer", "lora_r", "eval_strategy");
	}

	@Test
	void companionCitingAnUnknownSourceIsRefused() throws IOException {
		String yaml = minimal().replace("    summary: \"Rank of the LoRA update.\"\n    sources: [pytorch-dropout]",
				"    summary: \"Rank of the LoRA update.\"\n    sources: [peft]");
		assertThat(failure(yaml)).contains("companion 'lora_r'")
			.contains("field 'sources' cites unknown source 'peft'");
	}

	@Test
	void companionAliasUsedByAnEntryIsRefused() throws IOException {
		String yaml = minimal().replace("aliases: [lora_rank]", "aliases: [lora_rank, optim]");
		assertThat(failure(yaml)).contains("companion 'lora_r': duplicate alias 'optim'")
			.contains("already used by entry 'optimizer'");
	}

	@Test
	void companionIdUsedByAnEntryIsRefused() throws IOException {
		String yaml = minimal().replace("  - id: lora_r\n", "  - id: dropout\n");
		assertThat(failure(yaml)).contains("companion 'dropout': duplicate id 'dropout'");
	}

	@Test
	void companionDomainWithMinAboveMaxIsRefused() throws IOException {
		String yaml = minimal().replace("{min: 1, min_inclusive: true, max: null",
				"{min: 2, min_inclusive: true, max: 1");
		assertThat(failure(yaml)).contains("companion 'lora_r'").contains("field 'domain': min 2 exceeds max 1");
	}

	@Test
	void numericCompanionWithoutDomainAndChoiceWithoutChoicesAreRefused() throws IOException {
		String yaml = minimal().replaceAll("    domain: \\{min: 1, .*\n", "")
			.replace("    choices: [\"no\", steps, epoch]\n", "");
		assertThat(failure(yaml)).contains("companion 'lora_r'")
			.contains("missing field 'domain'")
			.contains("companion 'eval_strategy'")
			.contains("missing field 'choices'");
	}

	@Test
	void unknownCompanionFieldNamesTheCompanion() throws IOException {
		String yaml = minimal().replace("    aliases: [lora_rank]\n", "    aliases: [lora_rank]\n    colour: blue\n");
		assertThat(failure(yaml)).contains("companion 'lora_r'").contains("unknown field 'colour'");
	}

	@Test
	void notYamlIsRefused() {
		assertThat(failure("parameters: [unclosed")).contains("not readable as YAML");
	}

	@Test
	void everyProblemIsReportedAtOnce() throws IOException {
		String yaml = minimal().replace("    summary: \"The update algorithm.\"\n", "")
			.replace("related: [optimizer]", "related: [nothing]");
		InvalidCatalogueException ex = assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> load(yaml))
			.actual();
		assertThat(ex.problems()).hasSize(2);
	}

}
