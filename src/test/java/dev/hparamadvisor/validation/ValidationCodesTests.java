package dev.hparamadvisor.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.hparamadvisor.dialect.ReadConfiguration;
import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.CATALOGUE;
import static dev.hparamadvisor.validation.Configurations.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ValidationCodes} lists exactly the codes the checks emit, each under the check
 * that emits it and with the severity it is emitted with; and every finding cites sources
 * from the catalogue's bibliography.
 */
class ValidationCodesTests {

	private static final Path SOURCES = Path.of("src/main/java/dev/hparamadvisor/validation");

	private static final Pattern CODE = Pattern.compile("ValidationCodes\\.([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)");

	private static final Normalizer NORMALIZER = new Normalizer(CATALOGUE.vocabulary());

	/** A finding with the check that produced it. */
	record Emitted(String check, Finding finding) {
	}

	/** Every case in the seeded faults and the published recipes. */
	static List<ValidationCase> cases() {
		return Stream.concat(SeededFaultsTests.faults().stream(), PublishedRecipesTests.recipes().stream()).toList();
	}

	/**
	 * Runs the name findings, the normalizer and each rule on their own, so each finding
	 * has its check.
	 */
	static List<Emitted> emitted(ValidationCase testCase) {
		ValidationContext context = (testCase.context() != null) ? testCase.context() : ValidationContext.EMPTY;
		ReadConfiguration read = testCase.read();
		Normalizer.Result normalized = NORMALIZER.normalize(read.values());
		Configuration configuration = new Configuration(normalized.values(), context,
				Derived.of(normalized.values(), context), testCase.dialect(), CATALOGUE);
		List<Emitted> emitted = new ArrayList<>();
		NameFindings.of(read).forEach((f) -> emitted.add(new Emitted("NameFindings", f)));
		normalized.findings().forEach((f) -> emitted.add(new Emitted("Normalizer", f)));
		for (Rule rule : VALIDATOR.rules()) {
			rule.check(configuration).forEach((f) -> emitted.add(new Emitted(rule.getClass().getSimpleName(), f)));
		}
		return emitted;
	}

	@Test
	void everyFindingHasAListedCodeFromTheCheckThatListsItAtItsSeverity() {
		for (ValidationCase testCase : cases()) {
			List<Emitted> emitted = emitted(testCase);
			assertThat(emitted).as(testCase.name()).allSatisfy((e) -> {
				ValidationCodes code = e.finding().code();
				assertThat(code.check()).as(code.name()).isEqualTo(e.check());
				if (e.finding().severity() != code.severity()) {
					assertThat(code.escalates()).as("%s at %s", code, e.finding().severity()).isTrue();
					assertThat(e.finding().severity()).isEqualTo(Severity.ERROR);
				}
			});
			assertThat(testCase.validate().findings())
				.as("the checks one by one add up to the validator: %s", testCase.name())
				.containsExactlyInAnyOrderElementsOf(emitted.stream().map(Emitted::finding).toList());
		}
	}

	@Test
	void everyListedCodeIsEmittedBySomeSeededFaultOrRecipe() {
		Set<ValidationCodes> seen = EnumSet.noneOf(ValidationCodes.class);
		for (ValidationCase testCase : cases()) {
			emitted(testCase).forEach((e) -> seen.add(e.finding().code()));
		}
		assertThat(EnumSet.complementOf(EnumSet.copyOf(seen))).as("listed but never emitted").isEmpty();
	}

	@Test
	void everyCodeInACheckIsListedUnderThatCheckAndNoOther() throws IOException {
		Set<String> checks = new LinkedHashSet<>();
		checks.add("NameFindings");
		checks.add("Normalizer");
		VALIDATOR.rules().forEach((rule) -> checks.add(rule.getClass().getSimpleName()));
		Set<String> found = new TreeSet<>();
		for (String check : checks) {
			Path source = SOURCES.resolve(check + ".java");
			assertThat(source).as("the source of %s", check).isRegularFile();
			Set<String> codes = codesIn(Files.readString(source));
			found.addAll(codes);
			Set<String> listed = new TreeSet<>();
			for (ValidationCodes code : ValidationCodes.values()) {
				if (code.check().equals(check)) {
					listed.add(code.name());
				}
			}
			assertThat(codes).as("codes in %s", check).isEqualTo(listed);
		}
		assertThat(found).hasSameSizeAs(ValidationCodes.values());
	}

	@Test
	void everyFindingCitesSourcesFromTheBibliography() {
		for (ValidationCase testCase : cases()) {
			for (Finding finding : testCase.validate().findings()) {
				assertThat(finding.sources()).as("%s: %s", testCase.name(), finding.code())
					.allSatisfy((id) -> assertThat(CATALOGUE.source(id)).as(id).isPresent());
			}
		}
	}

	@Test
	void everyCodeSaysWhyInOneLine() {
		for (ValidationCodes code : ValidationCodes.values()) {
			assertThat(code.why()).as(code.name()).isNotBlank().doesNotContain("\n").hasSizeLessThan(120);
		}
	}

	private static Set<String> codesIn(String source) {
		Set<String> codes = new TreeSet<>();
		Matcher matcher = CODE.matcher(source);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

}
