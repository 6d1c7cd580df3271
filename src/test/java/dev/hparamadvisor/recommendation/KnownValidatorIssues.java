package dev.hparamadvisor.recommendation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.validation.Finding;

/**
 * Validator warnings on recommendations that are right, each caused by a practice range
 * of the catalogue that describes encoders (BERT, GPT-2, T5) but matches the Llama-style
 * decoders the service models, because its context names only a task or a size. Each is
 * reported to the validator's owner and described in docs/RECOMMENDATION.md; the
 * round-trip test excuses a warning only under the exact condition named here.
 */
enum KnownValidatorIssues {

	/**
	 * The dropout ranges for models under 1B (0.1) describe BERT and GPT-2; Llama-style
	 * decoders under 1B (Qwen2.5-0.5B) have no dropout, and 0 is their own value.
	 */
	DECODER_DROPOUT_UNDER_1B {
		@Override
		boolean excuses(Finding f, RecommendResponse r) {
			return Set.of("dropout", "attention_dropout").contains(f.parameter()) && isZero(f)
					&& r.scenario().parameters() < 1e9;
		}
	},

	/**
	 * The dropout range "T5 v1.1 fine-tuning" (0.1) applies to every full fine-tune for
	 * summarization or translation, whatever the model; decoders have no dropout.
	 */
	T5_DROPOUT_ON_DECODERS {
		@Override
		boolean excuses(Finding f, RecommendResponse r) {
			return f.parameter().equals("dropout") && isZero(f) && r.validationContext().method() == Method.FULL
					&& Set.of(Task.SUMMARIZATION, Task.TRANSLATION).contains(r.validationContext().task());
		}
	},

	/**
	 * The micro-batch range for encoder classification (16-32) applies to decoders under
	 * 2B; with their vocabularies (128-152k entries) and long inputs, memory or a tiny
	 * dataset holds the micro-batch below it. Excused only when the estimator confirms
	 * that twice the micro-batch does not fit, or the data allow no more.
	 */
	ENCODER_BATCH_ON_SMALL_DECODERS {
		@Override
		boolean excuses(Finding f, RecommendResponse r) {
			if (!f.parameter().equals("batch_size") || !encoderContext(r)) {
				return false;
			}
			int micro = r.plan().microBatchSize();
			boolean dataBound = r.scenario().examples() < 16L * r.plan().numGpus();
			return dataBound || !PlanCheck.fit(r, micro * 2).fits();
		}
	},

	/**
	 * The sequence range for encoder classification (128-512) applies to decoders under
	 * 2B; when the data's 95th percentile is longer, truncating to 512 would cut most
	 * examples. Excused only when the length is what the data ask for.
	 */
	ENCODER_LENGTH_ON_SMALL_DECODERS {
		@Override
		boolean excuses(Finding f, RecommendResponse r) {
			Integer p95 = r.scenario().p95Tokens();
			int asked = (p95 != null) ? p95 : (int) Math.ceil(1.5 * r.scenario().avgTokens());
			return f.parameter().equals("sequence_length") && encoderContext(r)
					&& r.plan().sequenceLength() == SequenceLengths.roundUp(asked);
		}
	};

	abstract boolean excuses(Finding finding, RecommendResponse response);

	static Optional<KnownValidatorIssues> excusing(Finding finding, RecommendResponse response) {
		if (!finding.code().equals("FAR_FROM_PRACTICE")) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter((issue) -> issue.excuses(finding, response)).findFirst();
	}

	private static boolean isZero(Finding f) {
		return f.value() instanceof Number n && n.doubleValue() == 0;
	}

	private static boolean encoderContext(RecommendResponse r) {
		return Set.of(Task.CLASSIFICATION, Task.NER).contains(r.validationContext().task())
				&& r.scenario().parameters() < 2e9;
	}

}
