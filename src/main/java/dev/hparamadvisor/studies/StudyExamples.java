package dev.hparamadvisor.studies;

/** The OpenAPI document's examples and descriptions of the study endpoints. */
final class StudyExamples {

	private StudyExamples() {
	}

	static final String CREATE_DESCRIPTION = """
			Creates a tuning study: a space of hyperparameters to search, an objective, a budget, a sampler \
			and a pruner. Workers then ask for trials (`POST /v1/studies/{id}/trials`), report intermediate \
			values and complete them.

			* `scenario` is optional and exactly what `POST /v1/recommend` takes. With it, every parameter \
			left out of `space` is fixed at its recommended value, and the `advised` sampler's first trial is \
			the recommendation itself, clamped into the space.
			* `space` maps parameter names (canonical ids or any alias, such as `lr` or `r`) to a range: \
			`{"type": "float"|"int", "min", "max", "scale": "log"|"linear"}` or `{"type": "choice", "choices": [...]}`. \
			Left out with a scenario, the study searches `learning_rate` (log), `lora_r` (log, LoRA and QLoRA \
			only), `num_epochs` and `warmup_steps` over the recommender's practice ranges for the scenario: \
			the learning rate matters most, the rank trades against it, and epochs and warmup decide whether \
			a short run under- or over-trains. Batch size and sequence length stay as the plan sized them to \
			the hardware.
			* `sampler`: `advised` (default; TPE with the advice as prior: centred on the recommended value, \
			a spread of a quarter of the practice range, in log10 units on log dimensions), `tpe` or `random`.
			* `pruner`: `median` (default), `successive_halving` or `none`.

			The answer echoes each dimension with its prior (centre, spread, source) and the fixed values.""";

	static final String CREATE = """
			{"name": "llama8b-lora-chat", "objective": {"metric": "eval_loss", "goal": "minimize"},
			 "scenario": {"task": "chat", "method": "lora", "model": {"preset": "llama-3.1-8b"},
			              "dataset": {"examples": 12000, "avg_tokens": 650}},
			 "space": {"learning_rate": {"type": "float", "min": 1e-5, "max": 1e-3, "scale": "log"},
			           "lora_r": {"type": "int", "min": 8, "max": 128, "scale": "log"},
			           "lr_schedule": {"type": "choice", "choices": ["cosine", "linear"]}},
			 "budget": {"max_trials": 30, "max_parallel": 4}, "sampler": "advised", "seed": 7, "pruner": "median"}
			""";

	static final String CREATE_SPACE_ONLY = """
			{"name": "lr-sweep", "objective": {"metric": "eval_accuracy", "goal": "maximize"},
			 "space": {"lr": {"type": "float", "min": 1e-6, "max": 1e-4, "scale": "log"},
			           "warmup_ratio": {"type": "float", "min": 0.0, "max": 0.1}},
			 "budget": {"max_trials": 20, "max_parallel": 2}, "sampler": "random"}
			""";

	static final String STUDY = """
			{"id": "5f0c3f9e-8d7a-4c1e-9a55-2b0e8a7d4c11", "name": "llama8b-lora-chat", "state": "running",
			 "objective": {"metric": "eval_loss", "goal": "minimize"}, "sampler": "advised", "pruner": "median",
			 "seed": 7, "budget": {"max_trials": 30, "max_parallel": 4},
			 "space": [
			  {"name": "learning_rate", "type": "float", "min": 1.0E-5, "max": 0.001, "scale": "log",
			   "prior": {"centre": 2.0E-4, "spread": 0.325, "source": "POST /v1/recommend for the scenario: 2.0E-4; spread from the practice range 'LoRA adapters on decoder LLMs', 5.0E-5 to 0.001 (hu-2021, schulman-2025-lora-without-regret, unsloth)"}},
			  {"name": "lora_r", "type": "int", "min": 8.0, "max": 128.0, "scale": "log",
			   "prior": {"centre": 16.0, "spread": 0.226, "source": "POST /v1/recommend for the scenario: 16; spread from the practice range 'Ranks in use; 16 or 32 are the usual choice', 8.0 to 64.0 (unsloth, dettmers-2023)"}},
			  {"name": "lr_schedule", "type": "choice", "choices": ["cosine", "linear"],
			   "prior": {"weights": {"cosine": 0.75, "linear": 0.25}, "source": "POST /v1/recommend for the scenario: cosine; half the weight on it"}}],
			 "fixed": {"batch_size": 2, "num_epochs": 2.0, "warmup_steps": 45, "gradient_accumulation_steps": 8, "lora_alpha": 32},
			 "notes": [],
			 "counts": {"running": 1, "completed": 1, "pruned": 0, "failed": 0, "expired": 0, "counted": 2, "remaining": 28},
			 "best": {"number": 0, "state": "COMPLETED", "parameters": {"learning_rate": 2.0E-4, "lora_r": 16, "lr_schedule": "cosine"},
			          "configuration": {"batch_size": 2, "learning_rate": 2.0E-4, "lora_r": 16, "lr_schedule": "cosine"},
			          "reason": "The recommendation for the scenario (POST /v1/recommend), clamped into the space: the advice is tried first.",
			          "worker": "gpu-node-3", "value": 1.41, "last_step": 1400,
			          "started_at": "2026-12-06T09:00:00Z", "finished_at": "2026-12-06T10:48:00Z"},
			 "trials": [
			  {"number": 0, "state": "COMPLETED", "parameters": {"learning_rate": 2.0E-4, "lora_r": 16, "lr_schedule": "cosine"},
			   "reason": "The recommendation for the scenario (POST /v1/recommend), clamped into the space: the advice is tried first.",
			   "worker": "gpu-node-3", "value": 1.41, "last_step": 1400, "started_at": "2026-12-06T09:00:00Z", "finished_at": "2026-12-06T10:48:00Z"},
			  {"number": 1, "state": "RUNNING", "parameters": {"learning_rate": 6.1E-5, "lora_r": 45, "lr_schedule": "linear"},
			   "reason": "Sampled by the advised sampler from 1 finished trial.", "worker": "gpu-node-4",
			   "lease_expires_at": "2026-12-06T10:58:00Z", "started_at": "2026-12-06T10:50:00Z"}],
			 "page": "/studies/5f0c3f9e-8d7a-4c1e-9a55-2b0e8a7d4c11", "created_at": "2026-12-06T08:59:00Z"}
			""";

	static final String TRIAL = """
			{"number": 0, "state": "RUNNING",
			 "parameters": {"learning_rate": 2.0E-4, "lora_r": 16, "lr_schedule": "cosine"},
			 "configuration": {"learning_rate": 2.0E-4, "batch_size": 2, "num_epochs": 2.0, "sequence_length": 1856,
			                   "warmup_steps": 45, "gradient_accumulation_steps": 8, "optimizer": "adamw",
			                   "lr_schedule": "cosine", "lora_r": 16, "lora_alpha": 32, "lora_dropout": 0.0},
			 "reason": "The recommendation for the scenario (POST /v1/recommend), clamped into the space: the advice is tried first.",
			 "worker": "gpu-node-3", "lease_expires_at": "2026-12-06T09:10:00Z", "started_at": "2026-12-06T09:00:00Z"}
			""";

	static final String NO_TRIAL = """
			{"type": "/problems/no-trial-available", "title": "No trial available", "status": 409,
			 "detail": "4 trials are running, the study's max_parallel of 4; ask again when one completes or its lease expires.",
			 "instance": "/v1/studies/5f0c3f9e-8d7a-4c1e-9a55-2b0e8a7d4c11/trials",
			 "reason": "max_parallel", "running": 4, "counted": 9}
			""";

	static final String INVALID = """
			{"type": "/problems/invalid-study", "title": "The request does not describe a study", "status": 400,
			 "detail": "/space/learning_rate/min: a log scale needs min above 0, not 0.0",
			 "instance": "/v1/studies",
			 "errors": [{"pointer": "/space/learning_rate/min", "detail": "a log scale needs min above 0, not 0.0"}]}
			""";

	static final String UNKNOWN = """
			{"type": "/problems/unknown-study", "title": "Unknown study or trial", "status": 404,
			 "detail": "No study '5f0c3f9e-8d7a-4c1e-9a55-2b0e8a7d4c11'.", "instance": "/v1/studies/5f0c3f9e-8d7a-4c1e-9a55-2b0e8a7d4c11"}
			""";

	static final String CONFLICT = """
			{"type": "/problems/trial-conflict", "title": "The trial's state does not allow this", "status": 409,
			 "detail": "Trial 3 is COMPLETED: it completed with 1.41; a completion cannot change it.",
			 "instance": "/v1/studies/5f0c3f9e-8d7a-4c1e-9a55-2b0e8a7d4c11/trials/3/complete", "state": "COMPLETED"}
			""";

	static final String UNAUTHORIZED = """
			{"type": "/problems/unauthorized", "title": "Authentication required", "status": 401,
			 "detail": "Studies need an API key: send Authorization: Bearer <key> or X-API-Key: <key>.",
			 "instance": "/v1/studies"}
			""";

}
