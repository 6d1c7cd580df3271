package dev.hparamadvisor.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.hparamadvisor.diagnosis.Diagnosis;
import dev.hparamadvisor.diagnosis.DiagnosisLimits;
import dev.hparamadvisor.diagnosis.DiagnosisReport;
import jakarta.validation.Validation;
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

import org.springframework.util.unit.DataSize;

/**
 * {@code POST /v1/diagnose} without HTTP on a synthetic trainer_state.json of 100,000
 * training entries and 1,000 evaluations (about 13 MB): reading and diagnosing it, and
 * drawing its SVG chart. Run with {@code scripts/benchmark.sh DiagnosisBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiagnosisBenchmarks {

	private Diagnosis diagnosis;

	private byte[] log;

	@Setup
	public void setUp() {
		this.diagnosis = new Diagnosis(new DiagnosisLimits(DataSize.ofMegabytes(32)),
				new dev.hparamadvisor.dialect.DialectReader(dev.hparamadvisor.catalogue.BundledCatalogue.get()),
				Validation.buildDefaultValidatorFactory().getValidator());
		this.log = syntheticTrainerState(100_000);
	}

	/**
	 * A run that warms up, decays, spikes now and then, and overfits after two thirds.
	 */
	static byte[] syntheticTrainerState(int steps) {
		StringBuilder json = new StringBuilder(steps * 130).append("{\"global_step\": ")
			.append(steps)
			.append(", \"max_steps\": ")
			.append(steps)
			.append(", \"logging_steps\": 1, \"eval_steps\": 100, \"log_history\": [\n");
		for (int step = 1; step <= steps; step++) {
			double lr = (step < 1000) ? 2e-4 * step / 1000 : 2e-4 * (steps - step) / (steps - 1000);
			double loss = 0.8 + 1.5 * Math.exp(-step / 8000.0) + 0.05 * Math.sin(step * 0.7)
					+ ((step % 9973 == 0) ? 2.5 : 0);
			json.append(String.format(Locale.ROOT,
					"{\"epoch\": %.4f, \"grad_norm\": %.4f, \"learning_rate\": %s, \"loss\": %.4f, \"step\": %d},\n",
					step / 33_000.0, 0.6 + 0.1 * Math.cos(step), lr, loss, step));
			if (step % 100 == 0) {
				double eval = 1.0 + 1.2 * Math.exp(-step / 9000.0)
						+ ((step > 2 * steps / 3) ? 0.2 * (step - 2.0 * steps / 3) / steps : 0);
				json.append(String.format(Locale.ROOT, "{\"epoch\": %.4f, \"eval_loss\": %.4f, \"step\": %d},\n",
						step / 33_000.0, eval, step));
			}
		}
		json.append("{\"step\": ").append(steps).append(", \"train_loss\": 1.1, \"train_runtime\": 36000.0}]}\n");
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Benchmark
	public DiagnosisReport diagnose() {
		return this.diagnosis.diagnose(new ByteArrayInputStream(this.log), null);
	}

	@Benchmark
	public String chart() {
		return this.diagnosis.chart(new ByteArrayInputStream(this.log), null);
	}

}
