package dev.hparamadvisor.dialect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A conversion or decision the reader or writer made that the caller should know about.
 *
 * @param code what kind of conversion, stable
 * @param path the key path it concerns, as written (for example {@code optimizer.lr})
 * @param message a sentence for people
 */
public record DialectNote(@JsonProperty("code") Code code, @JsonProperty("path") String path,
		@JsonProperty("message") String message) {

	/**
	 * The kinds of note, each with a stable code.
	 */
	public enum Code {

		/** How the dialect was detected from the keys. */
		DETECTED("detected"),
		/**
		 * A global batch ({@code batch_size} in Axolotl or DeepSpeed, OpenAI's) read as
		 * {@code total_batch_size}.
		 */
		GLOBAL_BATCH("global-batch"),
		/**
		 * OpenAI's {@code learning_rate_multiplier} is relative; it is not a learning
		 * rate.
		 */
		RELATIVE_LEARNING_RATE("relative-learning-rate"),
		/** The value {@code "auto"} leaves the choice to the tool; nothing was read. */
		AUTO_VALUE("auto-value"),
		/** Hugging Face v5 reads a float {@code warmup_steps} below 1 as a ratio. */
		WARMUP_RATIO_AS_STEPS("warmup-ratio-as-steps"),
		/** A torchtune {@code _component_} read as the value of its parent. */
		COMPONENT("component"),
		/**
		 * Axolotl's {@code gradient_checkpointing: offload} (or {@code offload_disk}):
		 * on, with activations offloaded.
		 */
		OFFLOADED_CHECKPOINTING("offloaded-checkpointing"),
		/** A {@code betas} pair split into {@code adam_beta1} and {@code adam_beta2}. */
		BETAS_SPLIT("betas-split"),
		/**
		 * An inverted flag ({@code disable_gradient_checkpointing}) read the right way
		 * round.
		 */
		INVERTED_FLAG("inverted-flag"),
		/**
		 * {@code max_length} read as prompt plus output tokens, not the training sequence
		 * cap.
		 */
		GENERATION_LENGTH("generation-length"),
		/** A key of another tool than the dialect read; it was mapped anyway. */
		FOREIGN_NAME("foreign-name"),
		/** Two keys set the same parameter; one was kept. */
		DUPLICATE("duplicate"),
		/**
		 * A parameter the export target has no key for, or a value converted on export.
		 */
		NOT_EXPORTED("not-exported"),
		/** A value computed on export from other parameters. */
		DERIVED("derived");

		private final String code;

		Code(String code) {
			this.code = code;
		}

		/**
		 * The stable code.
		 * @return a lower-case, hyphenated code
		 */
		@JsonValue
		public String code() {
			return this.code;
		}

	}

}
