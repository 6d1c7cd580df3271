package dev.hparamadvisor.bench;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.estimation.Architecture;
import dev.hparamadvisor.estimation.LoraAdapters;
import dev.hparamadvisor.estimation.MemoryEstimate;
import dev.hparamadvisor.estimation.MemoryEstimator;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.estimation.Optimizer;
import dev.hparamadvisor.estimation.Precision;
import dev.hparamadvisor.estimation.TrainingPlan;
import dev.hparamadvisor.recommendation.RecommendRequest;
import dev.hparamadvisor.recommendation.RecommendResponse;
import dev.hparamadvisor.recommendation.Recommender;
import dev.hparamadvisor.validation.ConfigValidator;
import dev.hparamadvisor.validation.ValidationContext;
import dev.hparamadvisor.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's core capabilities without HTTP, on the inputs the load test posts: the
 * validator on a 25-key configuration, the estimator on an 8B LoRA plan, the recommender
 * on the 8B LoRA chat scenario, and that recommendation written as JSON. Run with
 * {@code scripts/benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoreBenchmarks {

	private ConfigValidator validator;

	private Map<String, JsonNode> values;

	private ValidationContext context;

	private MemoryEstimator estimator;

	private Recommender recommender;

	private RecommendRequest scenario;

	private TrainingPlan plan;

	private JsonMapper json;

	private RecommendResponse response;

	@Setup
	public void setUp() throws IOException {
		LoadTestInputs inputs = LoadTestInputs.read();
		this.values = inputs.values();
		this.context = inputs.context();
		this.validator = new ConfigValidator(BundledCatalogue.get());
		this.estimator = new MemoryEstimator();
		this.recommender = new Recommender(BundledCatalogue.get());
		this.scenario = inputs.scenario();
		Architecture llama8b = new Architecture(4096, 32, 32, 8, 14336, 128256, false);
		this.json = JsonMapper.builder().build();
		this.response = this.recommender.recommend(this.scenario);
		this.plan = new TrainingPlan(llama8b, Method.LORA, Precision.BF16, Optimizer.ADAMW, 4, 2048, true,
				LoraAdapters.allLinear(16), 1);
	}

	@Benchmark
	public ValidationReport validate() {
		return this.validator.validate(this.values, this.context, null);
	}

	@Benchmark
	public MemoryEstimate estimate() {
		return this.estimator.estimate(this.plan);
	}

	@Benchmark
	public RecommendResponse recommend() {
		return this.recommender.recommend(this.scenario);
	}

	@Benchmark
	public byte[] recommendationJson() {
		return this.json.writeValueAsBytes(this.response);
	}

}
