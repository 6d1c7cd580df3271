package dev.hparamadvisor.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of {@code docs/VALIDATION.md} that map each tool's refusals and ignored
 * settings to a code and a test stay true: the codes exist, the tests exist, and every
 * code a refusal check emits is listed.
 */
class ValidationDocumentTests {

	private static final Path TESTS = Path.of("src/test/java/dev/hparamadvisor/validation");

	private static final Pattern ROW = Pattern
		.compile("^\\|[^|]+\\|[^|]+\\| `([A-Z0-9_]+)` \\| `([A-Za-z]+Tests)#([A-Za-z0-9]+)` \\|$", Pattern.MULTILINE);

	private static final Set<String> REFUSAL_CHECKS = Set.of("TrainerArgumentsRule", "AxolotlSchemaRule",
			"QuantizationRule", "StreamingRule", "IgnoredSettingsRule");

	record Row(String code, String testClass, String method) {
	}

	static List<Row> rows() throws IOException {
		String document = Files.readString(Path.of("docs/VALIDATION.md"));
		String tables = document.substring(document.indexOf("## The tools' refusals"),
				document.indexOf("## Sampling presets"));
		List<Row> rows = new ArrayList<>();
		Matcher matcher = ROW.matcher(tables);
		while (matcher.find()) {
			rows.add(new Row(matcher.group(1), matcher.group(2), matcher.group(3)));
		}
		return rows;
	}

	@Test
	void everyCodeNamedExistsAndEveryTestNamedIsThere() throws IOException {
		List<Row> rows = rows();
		assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
		for (Row row : rows) {
			assertThat(ValidationCodes.valueOf(row.code())).isNotNull();
			Path source = TESTS.resolve(row.testClass() + ".java");
			assertThat(source).as(row.testClass()).isRegularFile();
			assertThat(Files.readString(source)).as("%s#%s", row.testClass(), row.method())
				.containsPattern("void " + row.method() + "\\(");
		}
	}

	@Test
	void everyCodeOfTheRefusalChecksIsListed() throws IOException {
		Set<String> listed = new java.util.HashSet<>();
		rows().forEach((row) -> listed.add(row.code()));
		for (ValidationCodes code : ValidationCodes.values()) {
			if (REFUSAL_CHECKS.contains(code.check())) {
				assertThat(listed).as("docs/VALIDATION.md lists %s", code).contains(code.name());
			}
		}
	}

}
