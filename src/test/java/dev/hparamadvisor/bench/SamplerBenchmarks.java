package dev.hparamadvisor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.hparamadvisor.studies.sampling.Dimension;
import dev.hparamadvisor.studies.sampling.DimensionPrior;
import dev.hparamadvisor.studies.sampling.Observation;
import dev.hparamadvisor.studies.sampling.Sampler;
import dev.hparamadvisor.studies.sampling.SamplerKind;
import dev.hparamadvisor.studies.sampling.Samplers;
import dev.hparamadvisor.studies.sampling.SearchSpace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One ask of a study's sampler as its history grows: a LoRA space of four numbers and a
 * choice, with 10, 1,000 and 10,000 trials observed (random points, a bowl's values, one
 * in twenty infeasible). The bad group is capped at its 1,000 most recent trials, so the
 * cost should level off past 1,000. Run with {@code scripts/benchmark.sh Sampler}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SamplerBenchmarks {

	@Param({ "10", "1000", "10000" })
	private int observations;

	@Param({ "ADVISED", "TPE", "RANDOM" })
	private SamplerKind kind;

	private Sampler sampler;

	private SearchSpace space;

	private List<Observation> history;

	@Setup
	public void setUp() {
		this.space = new SearchSpace(
				List.of(Dimension.floating("learning_rate", 1e-6, 1e-2, true),
						Dimension.integer("lora_r", 4, 256, true), Dimension.integer("num_train_epochs", 1, 10, false),
						Dimension.floating("warmup_ratio", 0, 0.2, false),
						Dimension.choice("lr_scheduler_type", List.of("linear", "cosine", "constant"))),
				Map.of("learning_rate", new DimensionPrior(2e-4, 0.5, Map.of(), "bench"), "lora_r",
						new DimensionPrior(16, 0.3, Map.of(), "bench"), "num_train_epochs",
						new DimensionPrior(3, 1.5, Map.of(), "bench"), "lr_scheduler_type",
						new DimensionPrior(Double.NaN, Double.NaN, Map.of("cosine", 0.7, "linear", 0.3), "bench")));
		Sampler random = Samplers.of(SamplerKind.RANDOM);
		this.history = new ArrayList<>(this.observations);
		for (int trial = 0; trial < this.observations; trial++) {
			Map<String, Object> point = random.suggest(this.space, List.of(), false, 99, trial);
			double x = Math.log10((Double) point.get("learning_rate")) + 3.7;
			double value = x * x + Math.abs(((Long) point.get("num_train_epochs")) - 3) / 3.0;
			this.history.add((trial % 20 == 19) ? new Observation(point, Observation.Outcome.INFEASIBLE, Double.NaN)
					: new Observation(point, Observation.Outcome.COMPLETED, value));
		}
		this.sampler = Samplers.of(this.kind);
	}

	@Benchmark
	public Map<String, Object> suggest() {
		return this.sampler.suggest(this.space, this.history, false, 1, this.observations);
	}

}
