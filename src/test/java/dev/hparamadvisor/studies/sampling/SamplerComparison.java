package dev.hparamadvisor.studies.sampling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs our samplers on the surfaces of {@code studies/objectives.json} and writes, per
 * sampler, surface and seed, the best regret after each trial as JSON, for
 * {@code scripts/compare_optuna.py} to put beside Optuna's. Run through
 * {@code scripts/compare-optuna.sh}.
 * <p>
 * Arguments: output file, seeds (30), budget (40), first seed (0). System properties
 * {@code beta}, {@code uniformShare}, {@code startup} and {@code agreement} replace the
 * advised sampler's settings, to explore them.
 */
public final class SamplerComparison {

	private SamplerComparison() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of((args.length > 0) ? args[0] : "target/compare/java.json");
		int seeds = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		int budget = (args.length > 2) ? Integer.parseInt(args[2]) : 40;
		int firstSeed = (args.length > 3) ? Integer.parseInt(args[3]) : 0;
		SyntheticSurfaces surfaces = SyntheticSurfaces.load();
		for (SyntheticSurfaces.Check check : surfaces.checks()) {
			double regret = surfaces.regret(surfaces.objective(check.objective()), check.point());
			if (Math.abs(regret - check.regret()) > 1e-9 * Math.max(1, Math.abs(check.regret()))) {
				throw new IllegalStateException("objectives.json check failed for " + check.objective() + ": " + regret
						+ " != " + check.regret());
			}
		}
		TreeParzenSettings a = TreeParzenSettings.ADVISED;
		TreeParzenSettings advisedSettings = new TreeParzenSettings(true,
				Integer.getInteger("startup", a.startupTrials()), a.candidates(), a.gamma(), a.maxGood(), a.maxBad(),
				a.priorWeight(), Double.parseDouble(System.getProperty("beta", String.valueOf(a.beta()))),
				Double.parseDouble(System.getProperty("uniformShare", String.valueOf(a.uniformShare()))),
				Boolean.parseBoolean(System.getProperty("agreement", String.valueOf(a.agreement()))));
		Map<String, Sampler> samplers = new LinkedHashMap<>();
		samplers.put("advised", new TreeParzenSampler(advisedSettings));
		samplers.put("tpe", Samplers.of(SamplerKind.TPE));
		samplers.put("random", Samplers.of(SamplerKind.RANDOM));
		List<Map<String, Object>> results = new ArrayList<>();
		long started = System.nanoTime();
		for (SyntheticSurfaces.Objective objective : surfaces.objectives()) {
			for (Map.Entry<String, Sampler> sampler : samplers.entrySet()) {
				SearchSpace space = surfaces.searchSpace(sampler.getKey().equals("advised"));
				for (int seed = firstSeed; seed < firstSeed + seeds; seed++) {
					results.add(Map.of("sampler", sampler.getKey(), "objective", objective.name(), "seed", seed, "best",
							run(surfaces, objective, sampler.getValue(), space, seed, budget)));
				}
			}
		}
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, JsonMapper.builder().build().writeValueAsString(results));
		System.err.printf("Java: %d studies in %.1f s%n", results.size(), (System.nanoTime() - started) / 1e9);
	}

	/** The best regret after each trial of one study. */
	static List<Double> run(SyntheticSurfaces surfaces, SyntheticSurfaces.Objective objective, Sampler sampler,
			SearchSpace space, long seed, int budget) {
		List<Observation> history = new ArrayList<>();
		List<Double> best = new ArrayList<>();
		double incumbent = Double.POSITIVE_INFINITY;
		for (int trial = 0; trial < budget; trial++) {
			Map<String, Object> point = sampler.suggest(space, history, false, seed, trial);
			double regret = surfaces.regret(objective, point);
			history.add(new Observation(point, Observation.Outcome.COMPLETED, regret));
			incumbent = Math.min(incumbent, regret);
			best.add(incumbent);
		}
		return best;
	}

}
