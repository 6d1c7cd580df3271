package dev.hparamadvisor.recommendation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.catalogue.Task;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learning rate recommended for each published configuration's model size, method and
 * task against the practitioners' own
 * ({@code ../shared/data/real-training-configs.jsonl}): within a factor of 3 in at least
 * 78% of them, and in at least 60% for each method. These are floors against regression
 * on two of the seven collections, not what chooses the rule: that is
 * {@code LeaveOneSourceOutTests}, on recipes held out from the fit. Full fine-tuning sits
 * lowest here (64% of 56) because Axolotl's examples of small models use 5e-5 to 5e-4,
 * which the shipped constant does not follow; held out, the constant still agrees with
 * one more of them than the median does. Supervised tasks with a known size and a full,
 * LoRA or QLoRA method count; duplicates and smoke tests do not. The files give no
 * dataset, so each scenario trains on a reference set of 10,000 examples of 512 tokens on
 * average, 8 H100s (the example configs are multi-GPU recipes). Writes the table and the
 * misses to {@code target/recommendation-practice-agreement.md}.
 */
class PracticeAgreementTests {

	static final Set<String> TASKS = Set.of("instruction", "chat-sft", "completion", "sft");

	static final double FACTOR = 3;

	@Test
	void recommendedLearningRatesAgreeWithPractice() throws IOException {
		Recommender recommender = new Recommender(BundledCatalogue.get());
		Map<String, int[]> byMethod = new TreeMap<>();
		Map<String, Map<String, int[]>> variants = new TreeMap<>();
		List<String> misses = new ArrayList<>();
		for (JsonNode row : SharedData.jsonLines("real-training-configs.jsonl")) {
			if (!counts(row)) {
				continue;
			}
			String method = row.get("method").asString();
			double practice = row.get("learning_rate").asDouble();
			double size = row.get("model_params_b").asDouble() * 1e9;
			Task task = row.get("task_hint").asString().startsWith("instruction")
					|| row.get("task_hint").asString().equals("completion") ? Task.INSTRUCTION : Task.CHAT;
			RecommendRequest request = Requests.request(task, MethodChoice.valueOf(method.toUpperCase(Locale.ROOT)),
					Requests.parameters(size), 10_000, 512, null, Requests.gpu("h100", 8), Priority.BALANCED);
			RecommendResponse response = recommender.recommend(request);
			double recommended = ((Number) response.value("learning_rate")).doubleValue();
			int hidden = response.scenario().architecture().hiddenSize();
			tallyVariants(variants, method, practice, size, hidden);
			double ratio = Math.max(recommended / practice, practice / recommended);
			int[] tally = byMethod.computeIfAbsent(method, (m) -> new int[2]);
			tally[1]++;
			if (ratio <= FACTOR * (1 + 1e-9)) {
				tally[0]++;
			}
			else {
				misses.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.1f |",
						row.get("source_path").asString(), method, row.get("model_params_b").asString(),
						Text.rate(practice), Text.rate(recommended), ratio));
			}
		}
		int agreed = byMethod.values().stream().mapToInt((t) -> t[0]).sum();
		int total = byMethod.values().stream().mapToInt((t) -> t[1]).sum();
		StringBuilder report = new StringBuilder("| method | configs | within 3x | share |\n|---|---:|---:|---:|\n");
		byMethod.forEach((m, t) -> report
			.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% |%n", m, t[1], t[0], 100.0 * t[0] / t[1])));
		report.append(
				String.format(Locale.ROOT, "| all | %d | %d | %.1f%% |%n%n", total, agreed, 100.0 * agreed / total));
		report
			.append("| config | method | size (B) | practice | recommended | ratio |\n|---|---|---:|---:|---:|---:|\n");
		misses.stream().sorted().forEach((m) -> report.append(m).append('\n'));
		report.append("\nThe same configs against the rules this one was chosen over (anchor batch, no data "
				+ "adjustment):\n\n| rule | full | lora | qlora | all |\n|---|---:|---:|---:|---:|\n");
		variants.forEach((rule, tallies) -> {
			int[] all = new int[2];
			StringBuilder line = new StringBuilder("| " + rule + " |");
			for (String m : List.of("full", "lora", "qlora")) {
				int[] t = tallies.getOrDefault(m, new int[2]);
				all[0] += t[0];
				all[1] += t[1];
				line.append(String.format(Locale.ROOT, " %.1f%% |", 100.0 * t[0] / Math.max(1, t[1])));
			}
			report.append(line).append(String.format(Locale.ROOT, " %.1f%% |%n", 100.0 * all[0] / all[1]));
		});
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/recommendation-practice-agreement.md"), report);
		assertThat(total).isGreaterThan(100);
		assertThat((double) agreed / total).as(report.toString()).isGreaterThanOrEqualTo(0.78);
		byMethod.forEach((m, t) -> assertThat((double) t[0] / t[1]).as(m).isGreaterThanOrEqualTo(0.6));
	}

	/**
	 * The alternatives considered: the rule shipped before (full fine-tuning by 1/sqrt(N)
	 * from 2e-5 at 7B, adapters by Tinker's width exponent from 2e-4), the quarter-power
	 * of size chosen first in issue 13 (adapters at their constant), the research notes'
	 * R4 (LoRA ten times the full rate, both falling with the square root of the size,
	 * clamped), and Tinker's width rule for both methods.
	 */
	static void tallyVariants(Map<String, Map<String, int[]>> variants, String method, double practice, double size,
			int hidden) {
		double sqrtFull = Math.min(5e-5, Math.max(2e-6, 2e-5 * Math.sqrt(7e9 / size)));
		double r4 = method.equals("full") ? sqrtFull : Math.min(1e-3, Math.max(5e-5, 10 * sqrtFull));
		double width = 2e-5 * Math.pow(4096.0 / hidden, 0.781) * (method.equals("full") ? 1 : 10);
		double before = method.equals("full") ? 2e-5 * Math.sqrt(7e9 / size) : 2e-4 * Math.pow(4096.0 / hidden, 0.781);
		tally(variants, "before: full 1/sqrt(N), adapters (4096/h)^0.781, unclamped", method, practice, before);
		tally(variants, "quarter-power: full 2e-5 x (7B/N)^0.25, adapters 2e-4", method, practice,
				method.equals("full") ? 2e-5 * Math.pow(7e9 / size, 0.25) : 2e-4);
		tally(variants, "R4: 1/sqrt(N) for both, LoRA 10x, clamped", method, practice, r4);
		tally(variants, "(4096/h)^0.781 for both, LoRA 10x", method, practice, width);
	}

	private static void tally(Map<String, Map<String, int[]>> variants, String rule, String method, double practice,
			double rate) {
		int[] t = variants.computeIfAbsent(rule, (r) -> new TreeMap<>()).computeIfAbsent(method, (m) -> new int[2]);
		t[1]++;
		t[0] += (Math.max(rate / practice, practice / rate) <= FACTOR * (1 + 1e-9)) ? 1 : 0;
	}

	static boolean counts(JsonNode row) {
		String notes = row.path("notes").asString("");
		return row.hasNonNull("model_params_b") && row.hasNonNull("learning_rate")
				&& Set.of("full", "lora", "qlora").contains(row.path("method").asString(""))
				&& TASKS.contains(row.path("task_hint").asString("")) && row.path("dup_of").isNull()
				&& !notes.contains("smoke-test");
	}

}
