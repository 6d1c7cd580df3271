package dev.hparamadvisor.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ODD_ENTRIES}: what the reader skipped or reordered (entries without a step or a
 * metric, repeated or out-of-order steps, lines or rows not in the format), and
 * non-finite gradient norms too isolated to be a failure (fp16 loss scaling skips such
 * steps).
 */
final class OddEntriesRule implements Rule {

	@Override
	public void check(Run run, List<Finding> findings) {
		Map<String, Integer> odd = new TreeMap<>(run.log.odd());
		TrainSeries train = run.log.train();
		int nonFinite = 0;
		for (int i = 0; i < train.size; i++) {
			nonFinite += (train.hasGradNorm[i] && !Double.isFinite(train.gradNorm[i])) ? 1 : 0;
		}
		for (int[] stretch : NonFiniteLossRule.persistentNonFiniteGradNorms(train)) {
			nonFinite -= stretch[1] - stretch[0];
		}
		if (nonFinite > 0) {
			odd.put("isolated_non_finite_grad_norms", nonFinite);
		}
		if (odd.isEmpty()) {
			return;
		}
		Finding.Builder finding = Finding.of(DiagnosisCodes.ODD_ENTRIES,
				new StepRange(Math.min(run.log.firstStep(), run.lastStep()), run.lastStep()));
		odd.forEach(finding::evidence);
		findings.add(finding.message("Read with care: "
				+ String.join(", ",
						odd.entrySet().stream().map((e) -> e.getValue() + " " + e.getKey().replace('_', ' ')).toList())
				+ ". Skipped entries are left out of the diagnosis; of repeated steps the last is kept."));
	}

}
