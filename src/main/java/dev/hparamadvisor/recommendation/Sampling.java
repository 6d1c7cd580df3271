package dev.hparamadvisor.recommendation;

import java.util.List;

import dev.hparamadvisor.catalogue.Task;

/**
 * Generation settings for the fine-tuned model, by task: greedy decoding where there is
 * one right answer, the chat models' shipped settings for chat and instructions, low
 * temperature with nucleus sampling for code, and nucleus sampling without a top-k cut
 * for creative writing.
 */
final class Sampling {

	private Sampling() {
	}

	static List<Advice> choose(Scenario s) {
		String task = s.task().jsonName().replace('_', ' ');
		return switch (s.task()) {
			case CLASSIFICATION, NER, SUMMARIZATION, TRANSLATION -> greedy(s, task);
			case CODE -> List.of(sample(true, "Code is sampled, so that pass@k evaluation and retries can vary."),
					Advice.of("temperature", 0.2,
							"0.2: Codex scored best at 0.2 when one answer per problem counts (pass@1); use 0.8 if "
									+ "you draw ten or more samples per problem.",
							"chen-2021-codex", "deepseek-api"),
					Advice.of("top_p", 0.95, "0.95, the nucleus Codex sampled code with while varying temperature.",
							"chen-2021-codex"),
					Advice.of("top_k", 50L,
							"50, HF's default, as a loose guard against the extreme tail; temperature and top_p do the "
									+ "shaping.",
							"hf-generation-config", "qwen3-model-card"));
			case CREATIVE_WRITING -> List.of(
					sample(true, "Creative writing needs sampling: greedy text repeats itself."),
					Advice.of("temperature", 1.0,
							"1.0: below about 0.9 open-ended text falls into repetition much more often (Holtzman et "
									+ "al.); go to 1.1 for more variety at some cost in coherence.",
							"holtzman-2020", "deepseek-api"),
					Advice.of("top_p", 0.95,
							"0.95: nucleus sampling at this p repeated about as rarely as human text and scored best "
									+ "in Holtzman et al.'s comparison.",
							"holtzman-2020"),
					Advice.of("top_k", 0L,
							"0 (off): a fixed k cuts good options exactly where a story could go many ways; top_p "
									+ "already trims the tail.",
							"holtzman-2020", "vllm-sampling-params"));
			default -> List.of(sample(true, "A " + task + " model is sampled, as the chat models it starts from are."),
					Advice.of("temperature", 0.7,
							"0.7: between Llama 3 Instruct's shipped 0.6 and Qwen3's 0.7 for direct answers; lower it "
									+ "towards 0.6 for more focused replies.",
							"llama-generation-config", "qwen3-model-card"),
					Advice.of("top_p", 0.9, "0.9, as Llama 3 Instruct ships it (Qwen3 uses 0.8 to 0.95).",
							"llama-generation-config", "qwen3-model-card"),
					Advice.of("top_k", 50L,
							"50, HF's default, as a loose guard against the extreme tail (Qwen3 recommends 20).",
							"hf-generation-config", "qwen3-model-card"));
		};
	}

	private static List<Advice> greedy(Scenario s, String task) {
		return List.of(
				sample(false, "Greedy decoding: " + task
						+ " has one right output, so the most likely continuation is wanted every time"
						+ ((s.task() == Task.SUMMARIZATION || s.task() == Task.TRANSLATION)
								? " (beam search with 4 beams, as T5 used, is the stronger alternative)" : "")
						+ "."),
				Advice.of("temperature", 0.0,
						"0: OpenAI recommends temperature 0 for extraction and factual answers; with do_sample false "
								+ "it states the greedy choice.",
						"openai-prompt-best-practices", "raffel-2020"),
				Advice.of("top_p", 1.0, "1.0 (off): greedy decoding ignores it, and leaving it off says so.",
						"openai-api", "hf-generation-config"),
				Advice.of("top_k", 0L, "0 (off): greedy decoding ignores it, and leaving it off says so.",
						"hf-generation-config", "vllm-sampling-params"));
	}

	private static Advice sample(boolean sample, String why) {
		return Advice.of("do_sample", sample, why, "hf-generation-config");
	}

}
