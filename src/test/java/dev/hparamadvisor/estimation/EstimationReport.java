package dev.hparamadvisor.estimation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the accuracy tables of docs/ESTIMATION.md from the measurements: run
 * {@code main} (test classpath) and paste its output.
 */
final class EstimationReport {

	private EstimationReport() {
	}

	public static void main(String[] args) {
		Path file = (args.length > 0) ? Path.of(args[0]) : MeasuredRun.sharedFile();
		System.out.print(render(MeasuredRun.read(file)));
	}

	/** Throughput error of each run with the constants fitted on the other runs. */
	static String leaveOneOut(List<MeasuredRun> runs, Gpu gpu) {
		double[] errors = new double[runs.size()];
		for (int i = 0; i < runs.size(); i++) {
			List<MeasuredRun> others = new java.util.ArrayList<>(runs);
			MeasuredRun left = others.remove(i);
			double step = ThroughputCalibration.stepSeconds(left.plan(), gpu, ThroughputCalibration.fit(others, gpu));
			double tokens = left.plan().tokensPerMicroBatch() / step;
			errors[i] = Math.abs(tokens - left.tokensPerSecond()) / left.tokensPerSecond();
		}
		return String.format(Locale.ROOT,
				"Throughput, each run predicted with constants fitted on the other 20: median %.1f%%, worst %.1f%%.%n",
				EstimationAccuracyTests.median(errors) * 100, EstimationAccuracyTests.max(errors) * 100);
	}

	static String render(List<MeasuredRun> runs) {
		MemoryEstimator memory = new MemoryEstimator();
		ThroughputEstimator throughput = new ThroughputEstimator();
		FitCheck fitCheck = new FitCheck();
		Gpu h200 = Gpus.builtIn().find("h200").orElseThrow();
		StringBuilder mem = new StringBuilder(
				"| run | estimate GiB | measured allocated GiB | error | measured reserved GiB | required with margin GiB | fits 139.8 GiB? | peak phase |\n"
						+ "|---|---:|---:|---:|---:|---:|:---:|---|\n");
		StringBuilder tput = new StringBuilder(
				"| run | estimate tokens/s | measured tokens/s | error | estimate step s | measured step s | MFU |\n"
						+ "|---|---:|---:|---:|---:|---:|---:|\n");
		double[] memErrors = new double[runs.size()];
		double[] tputErrors = new double[runs.size()];
		for (int i = 0; i < runs.size(); i++) {
			MeasuredRun run = runs.get(i);
			MemoryEstimate e = memory.estimate(run.plan());
			Fit fit = fitCheck.check(e, h200.usableGib());
			double err = (e.peakGib() - run.peakAllocatedGib()) / run.peakAllocatedGib();
			memErrors[i] = Math.abs(err);
			mem.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %+.1f%% | %.2f | %.2f | %s | %s |%n",
					run.label(), e.peakGib(), run.peakAllocatedGib(), err * 100, run.peakReservedGib(),
					fit.requiredWithMarginGib(), fit.fits() ? "yes" : "no", e.peakPhase().label()));
			Throughput t = throughput.estimate(run.plan(), h200).orElseThrow();
			double terr = (t.tokensPerSecond() - run.tokensPerSecond()) / run.tokensPerSecond();
			tputErrors[i] = Math.abs(terr);
			tput.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %+.1f%% | %.3f | %.3f | %.2f |%n", run.label(),
					t.tokensPerSecond(), run.tokensPerSecond(), terr * 100, t.stepSeconds(), run.stepSeconds(),
					t.modelFlopsUtilization()));
		}
		return mem
			.append(String.format(Locale.ROOT, "%nPeak memory: median absolute error %.2f%%, worst %.2f%%.%n%n",
					EstimationAccuracyTests.median(memErrors) * 100, EstimationAccuracyTests.max(memErrors) * 100))
			.append(tput)
			.append(String.format(Locale.ROOT, "%nThroughput: median absolute error %.1f%%, worst %.1f%%.%n",
					EstimationAccuracyTests.median(tputErrors) * 100, EstimationAccuracyTests.max(tputErrors) * 100))
			.append(leaveOneOut(runs, h200))
			.toString();
	}

}
