package dev.hparamadvisor.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Real {@code trainer_state.json} files collected from public repositories beyond the
 * shared data, kept outside the repository (their licences are mostly unknown) in the
 * directory named by the system property or environment variable {@value #SETTING}, by
 * default {@code ../shared-extra/trainer-states}. Its {@code MANIFEST.tsv} says where
 * each file comes from; what each run must and must not get is decided in
 * {@code src/test/resources/diagnosis/collected-expectations.tsv}.
 */
final class CollectedRuns {

	static final String SETTING = "HPARAM_EXTRA_TRAINER_STATES";

	static final RunFiles FILES = new RunFiles(Path.of(setting()),
			"set -D" + SETTING + " or the environment variable " + SETTING);

	private CollectedRuns() {
	}

	private static String setting() {
		String value = System.getProperty(SETTING);
		if (value == null || value.isBlank()) {
			value = System.getenv(SETTING);
		}
		return (value == null || value.isBlank()) ? "../shared-extra/trainer-states" : value;
	}

	/**
	 * File name to {@code repo path}, from the directory's MANIFEST.tsv (empty without
	 * one).
	 */
	static Map<String, String> sources() {
		Path manifest = FILES.require().resolve("MANIFEST.tsv");
		Map<String, String> sources = new HashMap<>();
		if (!Files.isRegularFile(manifest)) {
			return sources;
		}
		try {
			for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().skip(1).toList()) {
				String[] cells = line.split("\t", -1);
				if (cells.length > 3) {
					sources.put(cells[0], cells[1] + " " + cells[3]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sources;
	}

	/**
	 * What one run must get, read from its numbers: codes that must be present, codes
	 * that must be absent, and codes where the reading and the service disagree (not
	 * asserted, listed in docs/DIAGNOSIS.md).
	 */
	record Expectation(String source, Set<DiagnosisCodes> present, Set<DiagnosisCodes> absent,
			Set<DiagnosisCodes> disputed, String reading) {
	}

	static List<Expectation> expectations() {
		try (InputStream in = CollectedRuns.class.getResourceAsStream("/diagnosis/collected-expectations.tsv")) {
			if (in == null) {
				throw new IllegalStateException("No collected-expectations.tsv");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("repo\t"))
				.map(CollectedRuns::expectation)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Expectation expectation(String line) {
		String[] cells = line.split("\t", -1);
		if (cells.length != 6) {
			throw new IllegalArgumentException("Expected 6 cells: " + line);
		}
		return new Expectation(cells[0] + " " + cells[1], codes(cells[2]), codes(cells[3]), codes(cells[4]), cells[5]);
	}

	private static Set<DiagnosisCodes> codes(String cell) {
		Set<DiagnosisCodes> codes = EnumSet.noneOf(DiagnosisCodes.class);
		if (!cell.isBlank() && !cell.equals("-")) {
			Arrays.stream(cell.split(",")).map(String::trim).map(DiagnosisCodes::valueOf).forEach(codes::add);
		}
		return codes;
	}

}
