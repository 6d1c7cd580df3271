package dev.hparamadvisor.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The catalogue against the ebook itself, read from {@code ../shared/seed/} when it is
 * there: every section's range text and numbers, and no sentence of its prose copied.
 */
class EbookCatalogueTests {

	private static final Pattern HEADING = Pattern.compile("^(\\d{1,2})\\s*-\\s*(\\S.*)$");

	private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+to\\s+(\\d+(?:\\.\\d+)?)");

	private static String ebook;

	private static final Map<Integer, String> possibleValues = new LinkedHashMap<>();

	@BeforeAll
	static void readEbook() throws IOException {
		Path path = Path.of(System.getProperty("shared.dir", "../shared"), "seed",
				"ebook-demystifying-hyperparameters.txt");
		if (!Files.isRegularFile(path)) {
			return;
		}
		ebook = Files.readString(path);
		Integer section = null;
		for (String line : ebook.split("\n")) {
			Matcher heading = HEADING.matcher(line.trim());
			if (heading.matches()) {
				section = Integer.valueOf(heading.group(1));
			}
			else if (section != null && line.trim().startsWith("Possible values:")) {
				possibleValues.put(section, line.trim().substring("Possible values:".length()).trim());
				section = null;
			}
		}
	}

	private static void assumeEbook() {
		assumeTrue(ebook != null, "../shared/seed/ebook-demystifying-hyperparameters.txt is not there; skipped");
	}

	@Test
	void everySectionOfTheEbookIsAnEntryWithItsRangeTextVerbatim() {
		assumeEbook();
		assertThat(possibleValues).hasSize(19);
		Catalogue catalogue = BundledCatalogue.get();
		for (Map.Entry<Integer, String> section : possibleValues.entrySet()) {
			Hyperparameter entry = catalogue.all()
				.stream()
				.filter((p) -> p.ebook().section() == section.getKey())
				.findFirst()
				.orElseThrow(() -> new AssertionError("no entry for ebook section " + section.getKey()));
			assertThat(entry.ebook().text()).as("ebook text of %s", entry.id()).isEqualTo(section.getValue());
		}
	}

	@Test
	void everyNumericEbookRangeIsExact() {
		assumeEbook();
		Catalogue catalogue = BundledCatalogue.get();
		for (Map.Entry<Integer, String> section : possibleValues.entrySet()) {
			Hyperparameter entry = catalogue.all()
				.stream()
				.filter((p) -> p.ebook().section() == section.getKey())
				.findFirst()
				.orElseThrow();
			List<double[]> ranges = ranges(section.getValue());
			if (section.getKey() == 9) {
				// The optimizer section gives the optimizer's learning rates and its
				// betas.
				assertThat(entry.ebook().isNumeric()).isFalse();
				for (String beta : List.of("adam_beta1", "adam_beta2", "momentum")) {
					EbookRange range = catalogue.findSubParameter(beta).orElseThrow().sub().ebook();
					assertThat(range).as(beta).isNotNull();
					assertThat(new double[] { range.min(), range.max() }).containsExactly(ranges.get(1));
				}
				continue;
			}
			if (ranges.isEmpty()) {
				assertThat(entry.ebook().min()).as("%s has no ebook numbers", entry.id()).isNull();
				assertThat(entry.ebook().max()).as("%s has no ebook numbers", entry.id()).isNull();
			}
			else {
				assertThat(ranges).as(entry.id()).hasSize(1);
				assertThat(new double[] { entry.ebook().min(), entry.ebook().max() }).as(entry.id())
					.containsExactly(ranges.get(0));
			}
		}
	}

	@Test
	void noSentenceOfTheEbookIsCopiedIntoTheCatalogue() {
		assumeEbook();
		Set<String> ebookShingles = shingles(ebook, 8);
		List<String> copied = new ArrayList<>();
		for (Hyperparameter entry : BundledCatalogue.get().all()) {
			List<String> prose = new ArrayList<>(List.of(entry.summary(), entry.explanation(),
					entry.effects().increase(), entry.effects().decrease()));
			entry.subParameters().forEach((sub) -> prose.add(sub.summary()));
			if (entry.erratum() != null) {
				prose.add(entry.erratum().summary());
				prose.add(entry.erratum().correctDefinition());
				prose.add(entry.erratum().ebookDefinition());
			}
			for (String text : prose) {
				for (String shingle : shingles(text, 8)) {
					if (ebookShingles.contains(shingle)) {
						copied.add(entry.id() + ": \"" + shingle + "\"");
					}
				}
			}
		}
		assertThat(copied).as("runs of eight words copied from the ebook").isEmpty();
	}

	private static List<double[]> ranges(String text) {
		List<double[]> ranges = new ArrayList<>();
		Matcher matcher = RANGE.matcher(text);
		while (matcher.find()) {
			ranges.add(new double[] { Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)) });
		}
		return ranges;
	}

	private static Set<String> shingles(String text, int size) {
		String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
		Set<String> out = new HashSet<>();
		for (int i = 0; i + size <= words.length; i++) {
			out.add(String.join(" ", List.of(words).subList(i, i + size)));
		}
		return out;
	}

}
