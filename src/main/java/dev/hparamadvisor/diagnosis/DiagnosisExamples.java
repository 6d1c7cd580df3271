package dev.hparamadvisor.diagnosis;

/**
 * The OpenAPI description and examples of {@code POST /v1/diagnose}. The description
 * lists every {@link DiagnosisCodes} value with its severity and sources; a test keeps
 * the two in step.
 */
final class DiagnosisExamples {

	private DiagnosisExamples() {
	}

	static final String DESCRIPTION = """
			Reads a training run's log and says what went wrong, where, and which hyperparameter to change.

			**Logs**: the Hugging Face Trainer's `trainer_state.json` as written (Python's `NaN`, `Infinity` and \
			`-Infinity` accepted), or its `log_history` list; torchtune metric lines (`Step 12 | loss:1.23 lr:2e-05`); \
			JSON Lines of metric objects with `step`; CSV with a header row (`step,loss,eval_loss,learning_rate,grad_norm`, \
			other columns kept as metrics). The format is detected, or named with `?format=`. Optionally wrapped in \
			`{"log": <trainer_state object, log_history list, or a string holding any format>, "configuration": \
			{<the run's hyperparameters in any dialect>}, "context": {"greater_is_better": ..., "max_steps": ...}}`; \
			with a configuration, findings use its values and `suggested_configuration` is that configuration with \
			the changes applied. Logs up to `hparam-advisor.limits.max-log-bytes` (32MB by default).

			**Answer**: JSON by default; with `Accept: image/svg+xml`, an SVG chart (1200 x 600) of training and \
			evaluation loss, the learning rate on a second axis, each finding's steps shaded and labelled with its \
			code, and the best step marked. `best.agrees_with_file` says whether the file's `best_model_checkpoint` \
			(or `best_global_step`) is at the best step of the metric used (`metric_for_best_model`, else `eval_loss`).

			**Codes** (severity; sources, ids of `GET /v1/sources`):
			- `NON_FINITE_LOSS` (ERROR; pascanu-2013, google-tuning-playbook, hf-training-args): a loss is NaN or \
			infinite, or the gradient norm stays non-finite for 3 logged points or more (the Trainer then hides the \
			loss, often as 0).
			- `DIVERGENCE` (ERROR; google-tuning-playbook, goyal-2017, pascanu-2013): the training loss ends at 1.2x \
			its start or more, or rises steadily (5 rising blocks, 1.25x in all) from its lowest after warmup.
			- `LOSS_SPIKES` (WARNING; wortsman-2023, google-tuning-playbook, pascanu-2013): losses at least 2x, and \
			0.1 above, the median of the window before them (5% of the points, 10 to 200; LLM Foundry's KillLossSpike \
			rule with a median); how many, where, whether they recovered.
			- `GRAD_NORM_SPIKES` (WARNING; pascanu-2013, google-tuning-playbook, pytorch-clip-grad): gradient norms at \
			least 4x the window's median and above 1.
			- `OVERFITTING` (WARNING; prechelt-1998, hf-early-stopping, ebook): the evaluation metric ends more than 5% \
			worse than its best (Prechelt's GL5), 2 or more evaluations after it, while the training loss still falls.
			- `PLATEAU` (WARNING; google-tuning-playbook, ebook): the smoothed training loss stays within 2% for 30% of \
			the run or more, while still above 80% of its start or before progress resumes.
			- `CLIPPING_ALWAYS_ACTIVE` (WARNING; google-tuning-playbook, pytorch-clip-grad, hf-training-args): the \
			gradient norm is above `max_grad_norm` (configured, else the Trainer's 1.0) at 90% of the points or more.
			- `SCHEDULE_MISMATCH` (WARNING; hf-training-args, pytorch-lr-scheduler, goyal-2017, loshchilov-hutter-2017): \
			no warmup where one was configured, no decay where a decaying schedule was, or a restart (a rate 1.5x the \
			one before it after the peak).
			- `EARLY_STOPPING_POINT` (INFO; hf-early-stopping, prechelt-1998, lightning-early-stopping): where \
			Hugging Face's EarlyStoppingCallback with the configured (or suggested) patience and threshold would have \
			stopped, counted in evaluations as the callback counts.
			- `NO_EVALUATION` (INFO; prechelt-1998, hf-training-args): the log has no evaluation.
			- `ODD_ENTRIES` (INFO; judgement): entries skipped or reordered (no step, no metric, repeated or \
			out-of-order steps, unreadable lines), isolated non-finite gradient norms.

			Rules, thresholds and their sources: docs/DIAGNOSIS.md.""";

	static final String TRAINER_STATE = """
			{"best_global_step": 30, "best_metric": 1.056, "best_model_checkpoint": "./out/checkpoint-30",
			 "epoch": 3.0, "eval_steps": 10, "global_step": 50, "logging_steps": 10, "max_steps": 50,
			 "num_train_epochs": 3, "save_steps": 10, "train_batch_size": 4,
			 "log_history": [
			  {"epoch": 0.5, "grad_norm": 0.91, "learning_rate": 0.0002, "loss": 1.92, "step": 10},
			  {"epoch": 0.5, "eval_loss": 1.41, "eval_runtime": 1.2, "step": 10},
			  {"epoch": 1.0, "grad_norm": 0.84, "learning_rate": 0.00016, "loss": 1.31, "step": 20},
			  {"epoch": 1.0, "eval_loss": 1.12, "eval_runtime": 1.2, "step": 20},
			  {"epoch": 1.5, "grad_norm": 0.77, "learning_rate": 0.00012, "loss": 1.02, "step": 30},
			  {"epoch": 1.5, "eval_loss": 1.056, "eval_runtime": 1.2, "step": 30},
			  {"epoch": 2.0, "grad_norm": 0.72, "learning_rate": 0.00008, "loss": 0.81, "step": 40},
			  {"epoch": 2.0, "eval_loss": 1.13, "eval_runtime": 1.2, "step": 40},
			  {"epoch": 2.5, "grad_norm": 0.69, "learning_rate": 0.00004, "loss": 0.62, "step": 50},
			  {"epoch": 2.5, "eval_loss": 1.24, "eval_runtime": 1.2, "step": 50},
			  {"epoch": 2.5, "step": 50, "train_loss": 1.1, "train_runtime": 100.0}]}""";

	static final String ENVELOPE = """
			{"log": {"log_history": [
			   {"step": 10, "loss": 1.92, "learning_rate": 0.0002, "grad_norm": 0.91},
			   {"step": 20, "loss": 1.31, "learning_rate": 0.00016, "grad_norm": 0.84},
			   {"step": 20, "eval_loss": 1.12},
			   {"step": 30, "loss": 4.87, "learning_rate": 0.00012, "grad_norm": 7.3},
			   {"step": 40, "loss": 9.95, "learning_rate": 0.00008, "grad_norm": 12.1}]},
			 "configuration": {"learning_rate": 2e-4, "num_train_epochs": 3, "max_grad_norm": 0,
			   "lr_scheduler_type": "linear", "per_device_train_batch_size": 4},
			 "context": {"max_steps": 50}}""";

	static final String TORCHTUNE = """
			Step 1 | loss:2.0794 lr:2e-05 tokens_per_second_per_gpu:1510.2 peak_memory_active:12.5
			Step 2 | loss:1.9921 lr:2e-05 tokens_per_second_per_gpu:1512.8 peak_memory_active:12.5
			Step 3 | loss:1.9013 lr:2e-05 tokens_per_second_per_gpu:1509.9 peak_memory_active:12.5
			Step 4 | loss:1.8420 lr:2e-05 tokens_per_second_per_gpu:1511.0 peak_memory_active:12.5
			Step 5 | loss:nan lr:2e-05 tokens_per_second_per_gpu:1511.4 peak_memory_active:12.5
			""";

	static final String JSON_LINES = """
			{"step": 10, "loss": 1.92, "lr": 0.0002, "grad_norm": 0.91}
			{"step": 20, "loss": 1.31, "lr": 0.00016, "grad_norm": 0.84}
			{"step": 20, "val_loss": 1.12}
			{"step": 30, "loss": 1.02, "lr": 0.00012, "grad_norm": 0.77}
			{"step": 30, "val_loss": 1.05}
			""";

	static final String CSV = """
			step,loss,eval_loss,learning_rate,grad_norm
			10,1.92,,0.0002,0.91
			20,1.31,1.12,0.00016,0.84
			30,1.02,1.056,0.00012,0.77
			40,0.81,1.13,0.00008,0.72
			50,0.62,1.24,0.00004,0.69
			""";

	static final String REPORT = """
			{"run": {"format": "huggingface", "entries": 11, "train_points": 5, "eval_points": 5, "last_step": 50,
			  "metrics": ["loss", "learning_rate", "grad_norm", "eval_loss"]},
			 "summary": {"errors": 0, "warnings": 1, "infos": 0},
			 "best": {"metric": "eval_loss", "goal": "minimize", "step": 30, "value": 1.056,
			  "checkpoint": "checkpoint-30", "file_checkpoint": "./out/checkpoint-30", "agrees_with_file": true},
			 "findings": [
			  {"code": "OVERFITTING", "severity": "WARNING", "steps": {"from": 30, "to": 50},
			   "message": "eval_loss was best at step 30 (1.056) and ends at 1.24 by step 50, 17.42% worse (Prechelt's generalization loss; above 5% is overfitting), while the training loss fell by 0.5. The model is fitting the training data at the expense of held-out data.",
			   "evidence": {"best_step": 30, "best_value": 1.056, "last_value": 1.24, "eval_loss_rise": 0.184,
			    "generalization_loss_percent": 17.42, "train_loss_fall": 0.5},
			   "suggestions": [
			    {"parameter": "num_epochs", "value": 2, "reason": "The best eval_loss came in epoch 2 of 3; the epochs after it only fit the training data closer"},
			    {"parameter": "early_stopping_patience", "value": 2, "reason": "Stop after 2 evaluations without improvement: about a tenth of the run's 5 evaluations, so one noisy evaluation does not stop it"},
			    {"parameter": "load_best_model_at_end", "value": true, "reason": "Keep the best checkpoint rather than the last; the EarlyStoppingCallback requires it"}],
			   "sources": ["prechelt-1998", "hf-early-stopping", "ebook"]}],
			 "suggested_configuration": {"num_epochs": 2, "early_stopping_patience": 2, "load_best_model_at_end": true}}""";

	static final String SVG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600" viewBox="0 0 1200 600" font-family="sans-serif" font-size="12">
			<text x="16" y="24" font-size="16" font-weight="bold">Training run (huggingface): 5 training points, 5 evaluations; 0 errors, 1 warnings, 0 infos</text>
			<g class="finding" data-code="OVERFITTING"><rect x="595.0" y="60.0" width="515.0" height="460.0" fill="#ff7f0e" fill-opacity="0.12"/>
			<text x="598.0" y="74.0" fill="#ff7f0e" font-size="11">OVERFITTING 30-50</text></g>
			<path d="M80 60.0 L337 294.1 L595 376.0 L852 435.0 L1110 520.0" fill="none" stroke="#1f77b4" class="train-loss"/>
			</svg>""";

	static final String INVALID = """
			{"type": "/problems/invalid-log", "title": "Unreadable run log", "status": 400,
			 "detail": "The JSON is malformed or truncated (Unexpected end-of-input: expected close marker for Array at line 3, column 1). Expected a Hugging Face trainer_state.json (an object with log_history), ...",
			 "instance": "/v1/diagnose",
			 "errors": [{"pointer": "", "detail": "The JSON is malformed or truncated ..."}]}""";

}
