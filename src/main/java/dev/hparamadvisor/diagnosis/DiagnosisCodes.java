package dev.hparamadvisor.diagnosis;

import java.util.List;

/**
 * Every code a diagnosis finding can carry, with its severity, why it matters in one line
 * and the works behind its rule (ids of the catalogue's bibliography,
 * {@code GET /v1/sources}). The list behind the OpenAPI description and
 * {@code docs/DIAGNOSIS.md}; a test keeps all three in step.
 */
public enum DiagnosisCodes {

	NON_FINITE_LOSS(Severity.ERROR,
			"A loss is NaN or infinite, or the gradient norm stays non-finite (the Trainer then hides the loss).",
			"pascanu-2013", "google-tuning-playbook", "hf-training-args"),

	DIVERGENCE(Severity.ERROR, "The training loss ends well above where it started, or rises steadily after warmup.",
			"google-tuning-playbook", "goyal-2017", "pascanu-2013"),

	LOSS_SPIKES(Severity.WARNING, "Logged losses at least twice the median of the losses before them.", "wortsman-2023",
			"google-tuning-playbook", "pascanu-2013"),

	GRAD_NORM_SPIKES(Severity.WARNING, "Gradient norms far above the median of the norms before them.", "pascanu-2013",
			"google-tuning-playbook", "pytorch-clip-grad"),

	OVERFITTING(Severity.WARNING,
			"The evaluation metric ends worse than its best by Prechelt's margin while the training loss still falls.",
			"prechelt-1998", "hf-early-stopping", "ebook"),

	PLATEAU(Severity.WARNING,
			"The training loss makes no progress over a large share of the run before it has learned much.",
			"google-tuning-playbook", "ebook"),

	CLIPPING_ALWAYS_ACTIVE(Severity.WARNING,
			"The gradient norm is above the clipping threshold at nearly every step: clipping acts as a lower learning rate.",
			"google-tuning-playbook", "pytorch-clip-grad", "hf-training-args"),

	SCHEDULE_MISMATCH(Severity.WARNING,
			"The logged learning rate does not follow the schedule: no warmup where one was set, no decay, a warmup as long as the run, or a restart.",
			"hf-training-args", "pytorch-lr-scheduler", "goyal-2017", "loshchilov-hutter-2017"),

	EARLY_STOPPING_POINT(Severity.INFO,
			"Where Hugging Face's EarlyStoppingCallback, with the configured or suggested patience, would have stopped.",
			"hf-early-stopping", "prechelt-1998", "lightning-early-stopping"),

	NO_EVALUATION(Severity.INFO, "The log has no evaluation: overfitting and early stopping cannot be judged.",
			"prechelt-1998", "hf-training-args"),

	ODD_ENTRIES(Severity.INFO,
			"Entries skipped or reordered: no step, no metric, repeated or out-of-order steps, unreadable lines, isolated non-finite gradient norms.",
			"judgement");

	private final Severity severity;

	private final String why;

	private final List<String> sources;

	DiagnosisCodes(Severity severity, String why, String... sources) {
		this.severity = severity;
		this.why = why;
		this.sources = List.of(sources);
	}

	/** The severity of a finding with this code. */
	public Severity severity() {
		return this.severity;
	}

	/** Why it matters, in one line. */
	public String why() {
		return this.why;
	}

	/** Ids of the works behind the rule. */
	public List<String> sources() {
		return this.sources;
	}

}
