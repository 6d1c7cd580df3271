package dev.hparamadvisor.dialect;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.catalogue.CatalogueLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Each tool's key table maps that tool's keys to ids of the catalogue's vocabulary and
 * nothing more; a reader or writer over a catalogue that lacks one of them is refused.
 */
class KeyTableTests {

	private static List<KeyRule> rules() {
		List<KeyRule> rules = new ArrayList<>(TrainingKeys.RULES);
		rules.addAll(GenerationKeys.RULES);
		return rules;
	}

	@Test
	void everyTargetOfEveryKeyRuleIsAnIdOfTheVocabulary() {
		assertThat(KeyTable.unknownTargets(rules(), BundledCatalogue.get().vocabulary())).isEmpty();
	}

	@Test
	void everyIdOfTheVocabularyIsReadUnderItsOwnName() {
		KeyTable table = new KeyTable(BundledCatalogue.get().vocabulary());
		for (String id : BundledCatalogue.get().vocabulary().ids()) {
			assertThat(table.find(id, Dialect.CANONICAL)).as(id).isNotNull();
		}
	}

	@Test
	void aCatalogueWithoutTheTablesIdsIsRefused() throws IOException {
		Catalogue small;
		try (InputStream in = KeyTableTests.class.getResourceAsStream("/catalogue/minimal.yaml")) {
			small = new CatalogueLoader().load(in, "minimal.yaml");
		}
		assertThatIllegalStateException().isThrownBy(() -> new DialectReader(small))
			.withMessageContaining("learning_rate -> learning_rate");
		assertThatIllegalStateException().isThrownBy(() -> new DialectWriter(small))
			.withMessageContaining("outside the catalogue's vocabulary");
	}

}
