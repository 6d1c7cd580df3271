package dev.hparamadvisor.studies.sampling;

/**
 * How a {@link TreeParzenSampler} searches. The advised sampler's beta and uniform share
 * were chosen on the comparison's surfaces (docs/STUDIES.md); the rest are Optuna's.
 *
 * @param advised whether the advice is the prior
 * @param startupTrials trials drawn without a model (Optuna: 10)
 * @param candidates candidates drawn from l per dimension (Optuna: 24)
 * @param gamma the share of trials in the good group (Optuna: 0.1, at most 25)
 * @param maxGood the most trials in the good group (Optuna: 25)
 * @param maxBad the most recent trials of the bad group kept (ours: 1,000)
 * @param priorWeight the weight of each estimator's prior component (Optuna: 1.0)
 * @param beta piBO's beta: the acquisition is multiplied by prior^(beta/n)
 * @param uniformShare the share of start-up trials drawn uniformly instead of from the
 * prior
 * @param agreement whether the prior's weight on a dimension is scaled by the trials'
 * agreement with it ({@link PriorAgreement}), and dropped when they disagree
 */
record TreeParzenSettings(boolean advised, int startupTrials, int candidates, double gamma, int maxGood, int maxBad,
		double priorWeight, double beta, double uniformShare, boolean agreement) {

	static final TreeParzenSettings TPE = new TreeParzenSettings(false, 10, 24, 0.1, 25, 1000, 1.0, 0, 0, false);

	static final TreeParzenSettings ADVISED = new TreeParzenSettings(true, 10, 24, 0.1, 25, 1000, 1.0, 2, 0.2, true);

}
