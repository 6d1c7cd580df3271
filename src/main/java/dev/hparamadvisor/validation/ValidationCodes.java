package dev.hparamadvisor.validation;

/**
 * Every code a finding can carry, with its usual severity, the check that emits it and
 * why it matters in one line: the list behind the OpenAPI description and the README's
 * rules table. A test keeps it complete and exact.
 */
public enum ValidationCodes {

	// Reading values
	WRONG_TYPE(Severity.ERROR, "Normalizer", "The value is not of the parameter's type (text for a number, ...)."),

	NOT_FINITE(Severity.ERROR, "Normalizer", "The number overflows or is not a number."),

	FALSE_AS_NOT_SET(Severity.WARNING, "Normalizer",
			"false where a name is expected: read as not set; a tool that checks types refuses it."),

	VALUE_LEFT_TO_TOOL(Severity.INFO, "Normalizer", "'auto': the tool picks the value, so it cannot be checked."),

	DUPLICATE_PARAMETER(Severity.WARNING, "NameFindings",
			"Two names (an id and an alias) set the same parameter; only the first is kept."),

	DUPLICATE_KEY(Severity.WARNING, true, "NameFindings",
			"A key written twice in one file: the tool's loader keeps the last; ERROR where it refuses the file (OmegaConf)."),

	UNKNOWN_PARAMETER(Severity.WARNING, "NameFindings",
			"An unknown name close to a known one, most likely a typo; it was not checked."),

	NOT_CHECKED(Severity.INFO, "NameFindings",
			"A name that looks like a setting the service does not model; it was not checked."),

	// Single-parameter domains and names
	OUT_OF_DOMAIN(Severity.ERROR, "DomainRule",
			"The value is impossible for the parameter (lr <= 0, dropout >= 1, ...)."),

	NOT_AN_INTEGER(Severity.ERROR, "DomainRule", "A count (batch size, steps, top-k) is given as a fraction."),

	SPECIAL_VALUE(Severity.INFO, "DomainRule",
			"The value means something special in some tools (0 = off, -1 = unset)."),

	UNKNOWN_CHOICE(Severity.WARNING, true, "ChoiceRule",
			"An unknown optimizer, loss, schedule or strategy name; ERROR where the named tool's enum refuses it."),

	UNKNOWN_COMPONENT(Severity.INFO, "ChoiceRule",
			"An import path (torchtune _component_, module.Class) the service does not know; not checked, not refused."),

	// Practice
	FAR_FROM_PRACTICE(Severity.WARNING, "PracticeRule",
			"Far outside what recipes use for this method, task and size, or for any context that could apply."),

	OUTSIDE_TYPICAL_RANGE(Severity.INFO, "PracticeRule", "Just outside what recipes use for this context."),

	EBOOK_RANGE_DIFFERS_FROM_PRACTICE(Severity.INFO, "PracticeRule",
			"Standard in practice, though outside the ebook's generic range."),

	OUTSIDE_EBOOK_RANGE(Severity.INFO, "PracticeRule",
			"Outside the ebook's generic range; give a context to compare it with practice."),

	// Schedule and run length
	WARMUP_EXCEEDS_TRAINING(Severity.ERROR, "WarmupLengthRule",
			"Warmup lasts as long as the run or longer: the learning rate never peaks nor decays."),

	WARMUP_TOO_LONG(Severity.WARNING, "WarmupLengthRule", "Warmup takes more than a tenth of the run."),

	WARMUP_STEPS_AND_RATIO(Severity.WARNING, true, "WarmupStepsAndRatioRule",
			"Both warmup_steps and warmup_ratio: tools disagree on which wins; ERROR for Axolotl, which refuses the pair."),

	WARMUP_STEPS_LOOKS_LIKE_RATIO(Severity.WARNING, "WarmupRatioWrittenAsStepsRule",
			"warmup_steps below 1 is a ratio in HF v5 but 0 steps in v4 and Axolotl."),

	MAX_STEPS_CONTRADICTS_EPOCHS(Severity.WARNING, "MaxStepsVersusEpochsRule",
			"max_steps wins over num_epochs and cuts the requested epochs short or repeats the data."),

	EFFECTIVE_BATCH_EXCEEDS_DATASET(Severity.WARNING, "EffectiveBatchVersusDatasetRule",
			"The effective batch is larger than the dataset: an epoch is less than one step."),

	FEW_STEPS_PER_EPOCH(Severity.INFO, "EffectiveBatchVersusDatasetRule",
			"Fewer than 10 optimizer steps per epoch leave warmup and decay little room."),

	EPOCHS_UNUSUAL_FOR_DATASET(Severity.INFO, "EpochsVersusDatasetRule",
			"Epochs differ 2x or more from OpenAI's heuristic for the dataset's size."),

	// Evaluation and early stopping
	EARLY_STOPPING_WITHOUT_EVALUATION(Severity.WARNING, true, "EarlyStoppingRule",
			"Early stopping needs an evaluation metric, but nothing is evaluated; the trainers refuse it."),

	EARLY_STOPPING_CANNOT_TRIGGER(Severity.WARNING, "EarlyStoppingRule",
			"Patience x evaluation interval is at least the steps after warmup: it can never fire."),

	EARLY_STOPPING_WITHOUT_BEST_MODEL(Severity.INFO, "EarlyStoppingRule",
			"Without load_best_model_at_end the last, worse checkpoint is kept."),

	PLATEAU_SCHEDULE_WITHOUT_EVALUATION(Severity.ERROR, "PlateauScheduleRule",
			"reduce_lr_on_plateau watches an evaluation metric, but nothing is evaluated."),

	CADENCE_BEYOND_RUN(Severity.WARNING, "EvaluationCadenceRule",
			"eval_steps or save_steps is longer than the run: nothing is evaluated or saved."),

	LOSS_DOES_NOT_FIT_TASK(Severity.WARNING, "LossTaskRule",
			"A regression loss for classes or text, or a class or text loss for a numeric target."),

	// Decoding
	SAMPLING_IGNORED_WHEN_GREEDY(Severity.WARNING, "GreedySamplingRule",
			"A sampling knob is set but decoding is greedy (do_sample false or unset in HF, or temperature 0)."),

	SAMPLING_ON_A_GREEDY_TASK(Severity.WARNING, "GreedySamplingRule",
			"Sampling for classification or NER, which take the most likely label."),

	GREEDY_IN_DISGUISE(Severity.INFO, "SamplingShapeRule",
			"top_k 1, top_p near 0 or min_p near 1 keep one candidate: decoding is greedy."),

	TEMPERATURE_AND_TOP_P_BOTH_SET(Severity.INFO, "SamplingShapeRule",
			"Both temperature and top_p are changed; OpenAI advises tuning one."),

	TEMPERATURE_ABOVE_RUNTIME_LIMIT(Severity.WARNING, true, "TemperatureLimitRule",
			"Temperature above 2; ERROR for vLLM and OpenAI, which refuse it."),

	// Data and model
	SEQUENCE_EXCEEDS_CONTEXT(Severity.WARNING, "SequenceLengthRule",
			"The sequence length is beyond the model's context window."),

	SEQUENCE_LENGTH_LOOKS_MISTYPED(Severity.WARNING, "SequenceLengthRule",
			"Within 2% of a power of two but not equal (8096 for 8192): likely a typo."),

	// Optimizer
	BETA2_NOT_ABOVE_BETA1(Severity.WARNING, "AdamArgumentsRule",
			"Adam's beta2 is not above beta1, which makes steps erratic."),

	EPSILON_TOO_LARGE(Severity.WARNING, "AdamArgumentsRule",
			"Adam epsilon of 1e-4 or more turns Adam into SGD with momentum."),

	EPSILON_ZERO(Severity.WARNING, "AdamArgumentsRule", "Adam epsilon 0 risks division by zero."),

	OPTIMIZER_ARGUMENT_IGNORED(Severity.WARNING, "AdamArgumentsRule",
			"Betas, epsilon or momentum given to an optimizer that does not use them."),

	WEIGHT_DECAY_SHRINKS_WEIGHTS(Severity.WARNING, "WeightDecayRule",
			"lr x weight decay x steps shrinks full-model weights to under half from decay alone."),

	WEIGHT_DECAY_AS_L2(Severity.INFO, "WeightDecayRule",
			"With Adam or SGD, weight decay is an L2 penalty, weaker than AdamW's decoupled decay."),

	// Batch, precision, adapters
	BATCH_SIZES_INCONSISTENT(Severity.ERROR, "BatchArithmeticRule",
			"total_batch_size differs from micro-batch x accumulation x devices; DeepSpeed refuses it."),

	BATCH_NOT_DIVISIBLE(Severity.WARNING, "BatchArithmeticRule",
			"total_batch_size is not a multiple of micro-batch x devices; Axolotl floors it silently."),

	FP16_AND_BF16(Severity.WARNING, true, "PrecisionRule",
			"fp16 and bf16 are both on; ERROR for Hugging Face and LLaMA-Factory, which refuse it (Axolotl keeps bf16)."),

	CLIPPING_DISABLED(Severity.INFO, "PrecisionRule", "No gradient clipping while in fp16 or at a high learning rate."),

	LORA_SETTING_WITHOUT_ADAPTER(Severity.WARNING, "LoraSettingsRule",
			"A LoRA knob is set for full fine-tuning, where there is no adapter."),

	LORA_ALPHA_FAR_FROM_RANK(Severity.INFO, "LoraSettingsRule",
			"lora_alpha / lora_r outside 1/4 to 8 rescales the adapter's updates."),

	// The tools' start-up refusals: ERROR when the configuration is for the tool that
	// refuses, WARNING otherwise (docs/VALIDATION.md lists each condition)
	BEST_MODEL_STRATEGIES_DIFFER(Severity.WARNING, true, "TrainerArgumentsRule",
			"load_best_model_at_end with different evaluation and save strategies; Hugging Face refuses it."),

	BEST_MODEL_SAVES_BETWEEN_EVALUATIONS(Severity.WARNING, true, "TrainerArgumentsRule",
			"load_best_model_at_end with save_steps not a multiple of eval_steps; Hugging Face refuses it."),

	EVALUATION_WITHOUT_INTERVAL(Severity.WARNING, true, "TrainerArgumentsRule",
			"Evaluation every few steps with no eval_steps and logging_steps 0; Hugging Face refuses it."),

	FRACTIONAL_INTERVAL(Severity.WARNING, true, "TrainerArgumentsRule",
			"eval_steps, save_steps or logging_steps above 1 but not whole; Hugging Face refuses it."),

	EARLY_STOPPING_WITHOUT_METRIC(Severity.WARNING, true, "TrainerArgumentsRule",
			"Early stopping with neither metric_for_best_model nor load_best_model_at_end; the callback refuses it."),

	ACCUMULATION_WITH_GLOBAL_BATCH(Severity.WARNING, true, "AxolotlSchemaRule",
			"gradient_accumulation_steps and a global batch_size both set; Axolotl refuses the pair."),

	REQUIRED_SETTING_MISSING(Severity.ERROR, "AxolotlSchemaRule",
			"The named tool requires a setting that is missing (Axolotl: learning_rate, two batch sizes)."),

	STEPS_WITHOUT_STEPS_STRATEGY(Severity.WARNING, true, "AxolotlSchemaRule",
			"eval_steps or save_steps beside another strategy than steps: Hugging Face ignores them, Axolotl refuses."),

	CADENCE_SET_TWICE(Severity.WARNING, true, "AxolotlSchemaRule",
			"eval_steps with evals_per_epoch, or save_steps with saves_per_epoch; Axolotl refuses the pair."),

	EARLY_STOPPING_WITHOUT_STEP_CADENCE(Severity.WARNING, true, "AxolotlSchemaRule",
			"Axolotl's early stopping needs eval_steps and save_steps, save_steps a multiple of eval_steps."),

	PACKING_WITH_PREFERENCE_TRAINING(Severity.WARNING, true, "AxolotlSchemaRule",
			"Sample packing with DPO, KTO, ORPO or another RL method; Axolotl refuses it."),

	WARMUP_RATIO_WITH_SIMPO(Severity.WARNING, true, "AxolotlSchemaRule",
			"warmup_ratio with SimPO; Axolotl refuses it (use warmup_steps)."),

	QUANTIZED_WITHOUT_ADAPTER(Severity.WARNING, true, "QuantizationRule",
			"A 4- or 8-bit base model trained in full; Hugging Face, Axolotl and LLaMA-Factory refuse it."),

	QLORA_WITHOUT_4BIT(Severity.WARNING, true, "QuantizationRule",
			"Axolotl's adapter qlora without load_in_4bit, or with load_in_8bit; Axolotl refuses it."),

	FOUR_AND_EIGHT_BIT(Severity.WARNING, true, "QuantizationRule",
			"load_in_4bit and load_in_8bit both on; bitsandbytes loads one, Hugging Face refuses both."),

	STREAMING_WITHOUT_MAX_STEPS(Severity.WARNING, true, "StreamingRule",
			"A streamed dataset has no length, so max_steps must be set; Axolotl and LLaMA-Factory refuse it."),

	// Settings that have no effect
	SETTING_IGNORED(Severity.WARNING, "IgnoredSettingsRule",
			"A value the tool silently ignores beside the others set; the message says what to use instead.");

	private final Severity severity;

	private final boolean escalates;

	private final String check;

	private final String why;

	ValidationCodes(Severity severity, String check, String why) {
		this(severity, false, check, why);
	}

	ValidationCodes(Severity severity, boolean escalates, String check, String why) {
		this.severity = severity;
		this.escalates = escalates;
		this.check = check;
		this.why = why;
	}

	/** The severity a finding with this code usually has. */
	public Severity severity() {
		return this.severity;
	}

	/**
	 * Whether it becomes an ERROR when the configuration is for a tool that refuses the
	 * value.
	 */
	public boolean escalates() {
		return this.escalates;
	}

	/** The rule class (or the Normalizer, or NameFindings) that emits it. */
	public String check() {
		return this.check;
	}

	/** Why it matters, in one line. */
	public String why() {
		return this.why;
	}

}
