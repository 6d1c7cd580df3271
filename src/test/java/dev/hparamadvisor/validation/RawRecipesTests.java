package dev.hparamadvisor.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.dialect.ConfigFormat;
import dev.hparamadvisor.dialect.ConfigParser;
import dev.hparamadvisor.dialect.DialectReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real recipes, read as posted to {@code /v1/validate}, with their tool named and
 * detected, as {@code POST /v1/validate} reads them: none gets an ERROR, none is told
 * that a key its tool reads is a typo or that a choice its tool accepts is unknown. The
 * recipes under {@code src/test/resources/recipes/<tool>/} were collected from the tools'
 * repositories, those under {@code recipes/users/} from users' own repositories, each
 * named {@code <tool>-<name>.yaml} ({@code MANIFEST.tsv} names each source, commit and
 * licence); the Axolotl and alignment-handbook ones are read from
 * {@code ../shared/data/raw-configs/} when it is there. The hand-written files under
 * {@code recipes/duplicates/} write a key twice.
 */
class RawRecipesTests {

	private static final ConfigValidator VALIDATOR = new ConfigValidator(BundledCatalogue.get());

	private static final ConfigurationIntake INTAKE = new ConfigurationIntake(new DialectReader(BundledCatalogue.get()),
			JsonMapper.builder().build(), jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator());

	private static final Validation VALIDATION = new Validation(INTAKE, VALIDATOR,
			new FindingMetrics(new SimpleMeterRegistry()));

	private static final ConfigParser PARSER = new ConfigParser();

	/**
	 * Real slips in published files: the finding that must be reported (code and the key
	 * the author wrote, which the tool does not read) and the name it must suggest.
	 */
	private static final Map<String, List<String>> REAL_TYPOS = Map.of(
			// Axolotl's schema has adam_epsilon; the misspelt key is dropped by the tool
			"axolotl-notus-criticon-lora.yaml", List.of("UNKNOWN_PARAMETER adam_epsilion: ", "adam_epsilon"));

	@Test
	void collectedRecipesGetNoErrorAndNoTypoNamedOrDetected() {
		Path recipes = resource("recipes");
		List<String> problems = new ArrayList<>();
		StringBuilder warnings = new StringBuilder("| file | code | parameter | message |\n|---|---|---|---|\n");
		int files = 0;
		for (String folder : List.of("axolotl", "huggingface", "torchtune", "llamafactory", "users")) {
			for (Path file : yamlFiles(recipes.resolve(folder))) {
				files++;
				// written by users in their own repositories: the tool is the file name's
				// prefix
				String tool = folder.equals("users") ? file.getFileName().toString().split("-", 2)[0] : folder;
				problems.addAll(problems(file, tool,
						(finding) -> warnings.append("| ")
							.append(recipes.relativize(file))
							.append(" | ")
							.append(finding.code())
							.append(" | ")
							.append(finding.parameter())
							.append(" | ")
							.append(finding.message().replace('|', '/'))
							.append(" |\n")));
			}
		}
		assertThat(files).isGreaterThanOrEqualTo(90);
		write("target/raw-recipes-warnings.md", warnings);
		REAL_TYPOS.forEach((file, typo) -> assertThat(problems).as(file + " must be told of its typo")
			.anyMatch((problem) -> problem.startsWith(file) && problem.contains(typo.get(0))
					&& problem.contains("did you mean " + typo.get(1))));
		List<String> unexpected = problems.stream()
			.filter((problem) -> REAL_TYPOS.entrySet()
				.stream()
				.noneMatch((typo) -> problem.startsWith(typo.getKey()) && problem.contains(typo.getValue().get(0))))
			.toList();
		assertThat(unexpected).as(String.join("\n", unexpected)).isEmpty();
	}

	@Test
	void sharedRawRecipesGetNoErrorAndNoTypoNamedOrDetected() {
		Path root = SharedData.dir().resolve("raw-configs");
		assumeTrue(Files.isDirectory(root), () -> root + " is not there; skipped");
		List<String> problems = new ArrayList<>();
		List<Path> files = yamlFiles(root);
		for (Path file : files) {
			// the archived examples current Axolotl refuses (RawRecipesRefusalsTests says
			// why)
			String name = root.relativize(file).toString();
			problems
				.addAll(problems(file, file.toString().contains("/axolotl/") ? "axolotl" : "huggingface", (finding) -> {
				}).stream()
					.filter((problem) -> !(RawRecipesRefusalsTests.REFUSED_BY_THE_CURRENT_TOOL.containsKey(name)
							&& problem.contains(RawRecipesRefusalsTests.REFUSED_BY_THE_CURRENT_TOOL.get(name).name())))
					.toList());
		}
		assertThat(files).hasSizeGreaterThan(200);
		assertThat(problems).as(problems.size() + " problems:\n" + String.join("\n", problems)).isEmpty();
	}

	@Test
	void handWrittenFilesThatRepeatAKeyKeepTheValueTheToolKeeps() {
		Path duplicates = resource("recipes/duplicates");
		ValidationReport rates = validate(duplicates.resolve("axolotl-two-learning-rates.yaml"), null);
		assertThat(rates.normalized()).containsEntry("learning_rate", 1e-4);
		assertThat(rates.findings()).filteredOn((f) -> f.code() == ValidationCodes.DUPLICATE_KEY)
			.singleElement()
			.satisfies((f) -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
		ValidationReport adapters = validate(duplicates.resolve("axolotl-two-adapters.yaml"), "axolotl");
		assertThat(adapters.normalized()).containsEntry("num_epochs", 1.0);
		assertThat(adapters.context().method()).hasToString("QLORA");
		assertThat(adapters.findings()).filteredOn((f) -> f.code() == ValidationCodes.DUPLICATE_KEY)
			.extracting(Finding::parameter)
			.containsExactlyInAnyOrder("adapter", "num_epochs");
		// a published example that writes its wandb keys twice, empty the first time
		ValidationReport wandb = validate(resource("recipes/axolotl").resolve("deepseek-v3-1b-moe-qlora.yaml"), null);
		assertThat(wandb.findings()).filteredOn((f) -> f.code() == ValidationCodes.DUPLICATE_KEY)
			.filteredOn((f) -> f.parameter().equals("wandb_project"))
			.singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("(an empty value, then moe-kerns;"));
		ValidationReport epochs = validate(duplicates.resolve("torchtune-two-epochs.yaml"), null);
		assertThat(epochs.dialect()).isEqualTo("torchtune");
		assertThat(epochs.normalized()).containsEntry("num_epochs", 3.0);
		assertThat(epochs.findings()).filteredOn((f) -> f.code() == ValidationCodes.DUPLICATE_KEY)
			.singleElement()
			.satisfies((f) -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
	}

	/**
	 * The problems of one file, validated with its tool named and detected; each WARNING
	 * of the detected case goes to {@code detectedWarnings}.
	 */
	private static List<String> problems(Path file, String tool, Consumer<Finding> detectedWarnings) {
		List<String> problems = new ArrayList<>();
		for (String named : new String[] { tool, null }) {
			ValidationReport report = validate(file, named);
			for (Finding finding : report.findings()) {
				if (named == null && finding.severity() == Severity.WARNING) {
					detectedWarnings.accept(finding);
				}
				// an ERROR, a typo, or a choice its tool accepts called unknown
				if (finding.severity() == Severity.ERROR || finding.code() == ValidationCodes.UNKNOWN_PARAMETER
						|| finding.code() == ValidationCodes.UNKNOWN_CHOICE) {
					problems.add(file.getFileName() + " (" + ((named != null) ? named : "detected") + "): "
							+ finding.code() + " " + finding.parameter() + ": " + finding.message());
				}
			}
		}
		return problems;
	}

	private static ValidationReport validate(Path file, String named) {
		try {
			// what POST /v1/validate does with the file, the tool's own checks included
			return VALIDATION.validate(PARSER.read(Files.readAllBytes(file), ConfigFormat.YAML), named);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a report of the test (the warnings table docs/VALIDATION.md cites). */
	private static void write(String path, CharSequence report) {
		try {
			Files.createDirectories(Path.of(path).getParent());
			Files.writeString(Path.of(path), report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> yamlFiles(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter((p) -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path resource(String name) {
		try {
			return Path.of(Objects.requireNonNull(RawRecipesTests.class.getResource("/" + name), name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
