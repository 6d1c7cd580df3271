package dev.hparamadvisor.estimation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fits {@link ThroughputEstimator}'s three constants (activation traffic, adapter
 * traffic, host time per block and pass) to the measured step times by least squares on
 * relative error, the GPU's matmul efficiency held at its table value. Run it after a
 * change to the throughput model and copy the constants it prints:
 * {@code ./mvnw -q test-compile exec:java}-free: run {@code main} from the IDE, or
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * dev.hparamadvisor.estimation.ThroughputCalibration}.
 */
final class ThroughputCalibration {

	private ThroughputCalibration() {
	}

	public static void main(String[] args) {
		Path file = (args.length > 0) ? Path.of(args[0]) : MeasuredRun.sharedFile();
		double[] c = fit(MeasuredRun.read(file), Gpus.builtIn().find("h200").orElseThrow());
		System.out.printf(Locale.ROOT,
				"ACTIVATION_TRAFFIC=%.3f ADAPTER_TRAFFIC=%.2f HOST_SECONDS_PER_BLOCK_PASS=%.4g%n", c[0], c[1], c[2]);
	}

	/** Weighted least squares of step time minus the fixed part on the three features. */
	static double[] fit(List<MeasuredRun> runs, Gpu gpu) {
		double[][] ata = new double[3][3];
		double[] atb = new double[3];
		for (MeasuredRun run : runs) {
			double[] f = features(run.plan(), gpu);
			double w = 1 / run.stepSeconds();
			for (int i = 0; i < 3; i++) {
				for (int j = 0; j < 3; j++) {
					ata[i][j] += w * w * f[i + 1] * f[j + 1];
				}
				atb[i] += w * w * f[i + 1] * (run.stepSeconds() - f[0]);
			}
		}
		return solve(ata, atb);
	}

	/**
	 * Step time of {@code plan} with the constants {@code c} instead of the estimator's.
	 */
	static double stepSeconds(TrainingPlan plan, Gpu gpu, double[] c) {
		double[] f = features(plan, gpu);
		return f[0] + c[0] * f[1] + c[1] * f[2] + c[2] * f[3];
	}

	/**
	 * The fixed part of the step time, then the three features the constants multiply.
	 */
	static double[] features(TrainingPlan plan, Gpu gpu) {
		double bandwidth = gpu.memoryBandwidthGbPerS() * 1e9;
		double peak = gpu.bf16DenseTflops() * 1e12 * gpu.matmulEfficiency();
		double fixed = ThroughputEstimator.flopsPerToken(plan) * plan.tokensPerMicroBatch() / peak
				+ (ThroughputEstimator.optimizerBytes(plan) + ThroughputEstimator.dequantizationBytes(plan))
						/ bandwidth;
		return new double[] { fixed, ThroughputEstimator.activationBytes(plan) / bandwidth,
				ThroughputEstimator.adapterElements(plan) / bandwidth, ThroughputEstimator.hostUnits(plan) };
	}

	private static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		for (int p = 0; p < n; p++) {
			for (int r = p + 1; r < n; r++) {
				double f = a[r][p] / a[p][p];
				for (int c = p; c < n; c++) {
					a[r][c] -= f * a[p][c];
				}
				b[r] -= f * b[p];
			}
		}
		double[] x = new double[n];
		for (int r = n - 1; r >= 0; r--) {
			double s = b[r];
			for (int c = r + 1; c < n; c++) {
				s -= a[r][c] * x[c];
			}
			x[r] = s / a[r][r];
		}
		return x;
	}

}
