package dev.hparamadvisor.dialect;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arbitrary bytes, parsed as JSON or YAML and read in any dialect or none, either fail
 * with {@link UnreadableConfiguration} or give only vocabulary names; what was read,
 * exported to each target and read back, gives the values written. Runs the inputs under
 * {@code src/test/resources} in {@code ./mvnw verify}; fuzzes with
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=DialectFuzzTests}.
 */
class DialectFuzzTests {

	private static final ConfigParser PARSER = new ConfigParser();

	private static final DialectReader READER = new DialectReader(BundledCatalogue.get());

	private static final DialectWriter WRITER = new DialectWriter(BundledCatalogue.get());

	@FuzzTest(maxDuration = "60s")
	void readsAnyDocumentOrSaysWhyNot(FuzzedDataProvider data) {
		ConfigFormat format = data.consumeBoolean() ? ConfigFormat.YAML : ConfigFormat.JSON;
		int choice = data.consumeInt(0, Dialect.values().length);
		Dialect dialect = (choice < Dialect.values().length) ? Dialect.values()[choice] : null;
		byte[] document = data.consumeRemainingAsBytes();
		ReadConfiguration read;
		try {
			ObjectNode configuration = PARSER.parse(document, format);
			read = READER.read(configuration, dialect);
		}
		catch (UnreadableConfiguration ex) {
			assertThat(ex.getMessage()).isNotBlank().doesNotContain("tools.jackson", "org.snakeyaml");
			return;
		}
		assertThat(read.values().keySet()).allMatch(BundledCatalogue.get().vocabulary()::isId);
		assertThat(read.rawNames().keySet()).isEqualTo(read.values().keySet());
		assertThat(read.dialect()).isEqualTo((dialect != null) ? dialect : read.dialect());
		for (Dialect target : Dialect.values()) {
			if (target.isExportTarget()) {
				ExportedConfiguration exported = WRITER.export(read.values(), target, read.hints().method());
				ReadConfiguration back = READER.read(exported.document(), target);
				exported.written()
					.forEach((name, value) -> assertThat(back.values().get(name)).as(name).isEqualTo(value));
			}
		}
	}

}
