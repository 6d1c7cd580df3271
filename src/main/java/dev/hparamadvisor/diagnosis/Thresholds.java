package dev.hparamadvisor.diagnosis;

/**
 * Every number a diagnosis rule compares with, in one place, each with where it comes
 * from. "Judgement" marks our own choice where no published source fixes the number;
 * docs/DIAGNOSIS.md lists them all.
 */
final class Thresholds {

	private Thresholds() {
	}

	/**
	 * Fewest finite training losses for the trend rules (divergence, plateau): judgement.
	 */
	static final int MIN_TRAIN_POINTS = 8;

	/**
	 * Share of the logged losses that forms the window of recent losses a spike is
	 * measured against: LLM Foundry's KillLossSpike callback uses 5% of the run
	 * (llmfoundry/callbacks/kill_loss_spike_callback.py, {@code _WINDOW_FRACTION}).
	 */
	static final double SPIKE_WINDOW_FRACTION = 0.05;

	/**
	 * Fewest losses in that window. LLM Foundry's minimum is 100 batches; a logged loss
	 * already averages {@code logging_steps} batches, so fewer logged points make a
	 * steady median: judgement.
	 */
	static final int SPIKE_MIN_WINDOW = 10;

	/**
	 * Most losses in that window, so a long run still compares with recent losses:
	 * judgement.
	 */
	static final int SPIKE_MAX_WINDOW = 200;

	/**
	 * A loss at least this many times the median of the window before it is an outlier:
	 * LLM Foundry's {@code outlier_multiplier} default. We take the median rather than
	 * LLM Foundry's mean, as Lightning-style robust rules do, so an earlier spike in the
	 * window does not hide the next (judgement).
	 */
	static final double SPIKE_MULTIPLIER = 2.0;

	/**
	 * And at least this much above it (nats), so that losses near zero, rounded to four
	 * decimals, are not spikes by ratio alone: judgement.
	 */
	static final double SPIKE_MIN_RISE = 0.1;

	/**
	 * More consecutive outliers than this make a persistent spike, not a blip: LLM
	 * Foundry's {@code patience} default (4).
	 */
	static final int SPIKE_PATIENCE = 4;

	/**
	 * A spike has recovered when, within one window after it, a loss is back below this
	 * multiple of the median before it: judgement.
	 */
	static final double SPIKE_RECOVERY = 1.2;

	/**
	 * A gradient norm this many times the median of the window before it is a spike:
	 * judgement, between ZClip's z-score of 2.5 on an exponential average (Kumar et al.
	 * 2025) and the playbook's advice to clip near the 90th percentile of norms.
	 */
	static final double GRAD_SPIKE_MULTIPLIER = 4.0;

	/**
	 * The quantile of the logged gradient norms suggested as the clipping threshold: Deep
	 * Learning Tuning Playbook, "gradient clipping" (the 90th percentile).
	 */
	static final double CLIP_QUANTILE = 0.9;

	/**
	 * Share of logged norms above the clipping threshold that counts as "nearly every
	 * step": judgement (the playbook warns when most updates are clipped).
	 */
	static final double CLIPPING_SHARE = 0.9;

	/**
	 * Raising the clipping threshold to the 90th percentile is suggested only up to this
	 * many times the current threshold; norms further above it call for a lower learning
	 * rate: judgement.
	 */
	static final double CLIP_RAISE_LIMIT = 10.0;

	/** The Hugging Face Trainer's default {@code max_grad_norm}: hf-training-args. */
	static final double HF_DEFAULT_MAX_GRAD_NORM = 1.0;

	/**
	 * Training loss at the end (median of the last tenth) this many times its start
	 * (median of the first tenth) has diverged: judgement.
	 */
	static final double DIVERGENCE_END_RATIO = 1.2;

	/**
	 * Share of the points at each end whose median stands for the start or the end:
	 * judgement.
	 */
	static final double END_FRACTION = 0.1;

	/**
	 * Blocks after warmup whose medians must each rise for a steady rise, and the least
	 * total rise over them: judgement.
	 */
	static final int RISE_BLOCKS = 5;

	static final double RISE_MIN_RATIO = 1.25;

	/**
	 * Prechelt's generalization loss GL(t) = 100 (E_va(t) / E_opt(t) - 1) above this
	 * percentage is overfitting: his GL_alpha criterion with alpha = 5 (prechelt-1998).
	 * For a metric to maximize, the same relative margin below the best.
	 */
	static final double OVERFIT_GL_PERCENT = 5.0;

	/**
	 * Evaluations after the best needed before a rise counts as overfitting: judgement.
	 */
	static final int OVERFIT_MIN_EVALS_AFTER_BEST = 2;

	/**
	 * A plateau: the smoothed loss stays within this relative band ...: judgement.
	 */
	static final double PLATEAU_BAND = 0.02;

	/** ... for at least this share of the run's steps: judgement. */
	static final double PLATEAU_SHARE = 0.3;

	/**
	 * ... while the loss is still above this share of where it started (it had learned
	 * little), or progress resumes after it by more than {@link #PLATEAU_RESUMED}:
	 * judgement.
	 */
	static final double PLATEAU_STILL_HIGH = 0.8;

	static final double PLATEAU_RESUMED = 0.05;

	/** Below this loss a run has converged, and flatness is no plateau: judgement. */
	static final double PLATEAU_CONVERGED_LOSS = 0.01;

	/**
	 * The first logged learning rate is "already at its peak" above this share of the
	 * peak: judgement.
	 */
	static final double WARMUP_PEAK_SHARE = 0.9;

	/**
	 * A decaying schedule has "not decayed" when, past half the run, the learning rate is
	 * still above this share of its peak: judgement.
	 */
	static final double NO_DECAY_SHARE = 0.9;

	/**
	 * A run has reached its end when its last logged step is at least this share of the
	 * planned steps: judgement (the last logging step falls short of {@code max_steps} by
	 * less than {@code logging_steps}).
	 */
	static final double RUN_END_SHARE = 0.9;

	/**
	 * A learning rate that starts at or below this share of its peak and peaks at the
	 * last point logged was still warming up when the run ended: judgement.
	 */
	static final double WARMUP_RISE_SHARE = 0.5;

	/**
	 * After the peak, a learning rate this many times the one logged before it is a
	 * restart: judgement (SGDR restarts jump to the peak, loshchilov-hutter-2017).
	 */
	static final double RESTART_JUMP = 1.5;

	/**
	 * Gradient norms non-finite at this many consecutive logged points are not fp16
	 * skips: judgement.
	 */
	static final int NON_FINITE_GRAD_RUN = 3;

	/**
	 * The suggested early-stopping patience covers this share of the run's evaluations,
	 * between {@link #MIN_PATIENCE} and {@link #MAX_PATIENCE} evaluations: judgement
	 * (Hugging Face's default patience is 1, Lightning's 3).
	 */
	static final double PATIENCE_SHARE = 0.1;

	static final int MIN_PATIENCE = 2;

	static final int MAX_PATIENCE = 5;

	/**
	 * Factor the learning rate is lowered by after a divergence, spikes or constant
	 * clipping, and raised by after a plateau: the playbook tunes the learning rate on a
	 * logarithmic scale; a factor of 2 is one step of such a search (judgement).
	 */
	static final double LEARNING_RATE_FACTOR = 2.0;

	/**
	 * Warmup suggested after a divergence or spikes without one: 3% of the run, the
	 * Alpaca recipe's {@code warmup_ratio} (alpaca) and a common Trainer setting.
	 */
	static final double SUGGESTED_WARMUP_RATIO = 0.03;

	/**
	 * Evaluations suggested per run when there are none, so that early stopping has
	 * something to count: judgement.
	 */
	static final int SUGGESTED_EVALUATIONS = 10;

	/** A loss curve spanning this ratio or more is drawn on a log scale: judgement. */
	static final double LOG_SCALE_SPAN = 50.0;

}
