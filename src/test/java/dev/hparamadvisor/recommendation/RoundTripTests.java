package dev.hparamadvisor.recommendation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.estimation.Fit;
import dev.hparamadvisor.validation.ConfigValidator;
import dev.hparamadvisor.validation.Finding;
import dev.hparamadvisor.validation.Severity;
import dev.hparamadvisor.validation.ValidationReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recommendation of the {@link Grid} (2,880 scenarios: every task and method, five
 * model sizes, four datasets, four hardware set-ups), given to the real validator with
 * its scenario as context, gets no ERROR and no WARNING, both its configuration block and
 * every value as the recommendations list it; and every feasible plan fits the GPU it
 * names by the estimator, rebuilt from the response alone. Writes the figures to
 * {@code target/recommendation-grid.md}.
 */
class RoundTripTests {

	private final Recommender recommender = new Recommender(BundledCatalogue.get());

	private final ConfigValidator validator = new ConfigValidator(BundledCatalogue.get());

	@Test
	void everyRecommendationOfTheGridPassesTheValidatorAndEveryFeasiblePlanFits() throws IOException {
		List<RecommendRequest> grid = Grid.scenarios();
		List<String> failures = new ArrayList<>();
		int feasible = 0;
		int infos = 0;
		for (RecommendRequest request : grid) {
			RecommendResponse response = this.recommender.recommend(request);
			ValidationReport report = this.validator.validateValues(response.configuration(),
					response.validationContext());
			for (Finding f : report.findings()) {
				if (f.severity() == Severity.INFO) {
					infos++;
					continue;
				}
				failures.add(f.severity() + " " + f.code() + ": " + f.message() + " for " + request);
			}
			java.util.Map<String, Object> listed = new java.util.LinkedHashMap<>();
			response.recommendations()
				.stream()
				.filter((r) -> r.value() != null)
				.forEach((r) -> listed.put(r.id(), r.value()));
			for (Finding f : this.validator.validateValues(listed, response.validationContext()).findings()) {
				if (f.severity() != Severity.INFO) {
					failures.add("listed: " + f.severity() + " " + f.code() + ": " + f.message() + " for " + request);
				}
			}
			if (response.plan().feasible()) {
				feasible++;
				Fit fit = PlanCheck.fit(response, response.plan().microBatchSize());
				if (!fit.fits() || !response.plan().memory().fits()) {
					failures.add("feasible plan does not fit (" + fit.requiredWithMarginGib() + " GiB): " + request);
				}
			}
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/recommendation-grid.md"),
				"scenarios: " + grid.size() + ", feasible: " + feasible + ", infeasible: " + (grid.size() - feasible)
						+ ", INFO findings: " + infos + ", failures: " + failures.size() + "\n");
		assertThat(grid).hasSizeGreaterThanOrEqualTo(200);
		assertThat(failures).isEmpty();
		assertThat(feasible).isGreaterThan(grid.size() / 2);
	}

}
