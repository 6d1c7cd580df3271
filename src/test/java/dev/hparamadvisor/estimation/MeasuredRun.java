package dev.hparamadvisor.estimation;

import dev.hparamadvisor.catalogue.Method;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * One measured training step of {@code shared/data/gpu-memory-h200.jsonl}, and the plan
 * that describes it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MeasuredRun(String model, String method, @JsonProperty("micro_batch") int microBatch,
		@JsonProperty("seq_len") int seqLen, @JsonProperty("grad_checkpointing") boolean gradCheckpointing, int hidden,
		int layers, int heads, @JsonProperty("kv_heads") int kvHeads, int intermediate, int vocab, boolean tied,
		long params, @JsonProperty("trainable_params") long trainableParams,
		@JsonProperty("peak_allocated_gib") double peakAllocatedGib,
		@JsonProperty("peak_reserved_gib") double peakReservedGib, @JsonProperty("step_s") double stepSeconds,
		@JsonProperty("tokens_per_s") double tokensPerSecond) {

	/** The file shared by the team, when it is there. */
	static Path sharedFile() {
		return Path.of(System.getProperty("shared.dir", "../shared"), "data", "gpu-memory-h200.jsonl");
	}

	/** The rows of a measurement file; its first line describes the device. */
	static List<MeasuredRun> read(Path file) {
		JsonMapper json = JsonMapper.builder().build();
		try {
			return Files.readAllLines(file)
				.stream()
				.filter((line) -> line.contains("\"method\""))
				.map((line) -> json.readValue(line, MeasuredRun.class))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Architecture architecture() {
		return new Architecture(hidden, layers, heads, kvHeads, intermediate, vocab, tied);
	}

	/** The request that describes this run, as the README says it was run. */
	TrainingPlan plan() {
		return switch (method) {
			case "full_mixed" -> plan(Method.FULL, Precision.MIXED, null);
			case "full_bf16" -> plan(Method.FULL, Precision.BF16, null);
			case "lora" -> plan(Method.LORA, Precision.BF16, LoraAdapters.allLinear(16));
			default -> throw new IllegalStateException("unknown method " + method);
		};
	}

	private TrainingPlan plan(Method m, Precision p, LoraAdapters lora) {
		return new TrainingPlan(architecture(), m, p, Optimizer.ADAMW, microBatch, seqLen, gradCheckpointing, lora, 1);
	}

	String label() {
		return model + " " + method + " b" + microBatch + " s" + seqLen + (gradCheckpointing ? " ckpt" : "");
	}

}
