package dev.hparamadvisor.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import dev.hparamadvisor.recommendation.RecommendResponse;
import dev.hparamadvisor.recommendation.Recommender;
import dev.hparamadvisor.validation.ConfigValidator;
import dev.hparamadvisor.validation.ValidationReport;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * Writing the validate and recommend responses as JSON, with Jackson's default property
 * access and with the Blackbird module the application registers. Run with
 * {@code scripts/benchmark.sh Serialization}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SerializationBenchmarks {

	@Param({ "default", "blackbird" })
	public String access;

	private JsonMapper mapper;

	private ValidationReport report;

	private RecommendResponse recommendation;

	@Setup
	public void setUp() throws IOException {
		LoadTestInputs inputs = LoadTestInputs.read();
		this.mapper = this.access.equals("blackbird") ? JsonMapper.builder().addModule(new BlackbirdModule()).build()
				: JsonMapper.builder().build();
		this.report = new ConfigValidator(BundledCatalogue.get()).validate(inputs.values(), inputs.context(), null);
		this.recommendation = new Recommender(BundledCatalogue.get()).recommend(inputs.scenario());
	}

	@Benchmark
	public byte[] validateReport() {
		return this.mapper.writeValueAsBytes(this.report);
	}

	@Benchmark
	public byte[] recommendation() {
		return this.mapper.writeValueAsBytes(this.recommendation);
	}

}
