package dev.hparamadvisor.dialect;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a tool loads its configuration file, as far as a key written twice in one mapping
 * is concerned: PyYAML's {@code yaml.safe_load} and Python's {@code json.loads} keep the
 * value written last without a word; OmegaConf's loader refuses the file ("found
 * duplicate key").
 * <p>
 * Sources, read in each tool's code: Axolotl {@code src/axolotl/cli/config.py}
 * ({@code yaml.safe_load}); Hugging Face {@code HfArgumentParser.parse_yaml_file} and
 * {@code parse_json_file} in {@code transformers/hf_argparser.py} 4.57 and 5.18, and
 * TRL's {@code TrlParser} in {@code trl/scripts/utils.py} 1.13 ({@code yaml.safe_load},
 * {@code json.loads}); LLaMA-Factory {@code read_args} in
 * {@code src/llamafactory/hparams/parser.py} ({@code OmegaConf.load} for YAML and JSON
 * since 0.9.2; {@code yaml.safe_load} before); torchtune {@code TuneRecipeArgumentParser}
 * in {@code torchtune/utils/argparse.py} ({@code OmegaConf.load}); OmegaConf 2.3
 * {@code get_yaml_loader} in {@code omegaconf/_utils.py}, whose {@code construct_mapping}
 * raises on a repeated scalar key. vLLM and OpenAI read JSON request bodies, where the
 * last value wins in Python's and pydantic's parsers.
 *
 * @param tool the tool, or {@code null}'s stand-in {@code "no tool named"}
 * @param loader the loader, as the tool's code calls it
 * @param refuses whether a key written twice stops the tool before it starts
 */
public record KeyLoader(@JsonProperty("tool") String tool, @JsonProperty("loader") String loader,
		@JsonProperty("refuses") boolean refuses) {

	/** The loader of a dialect's tool. */
	public static KeyLoader of(Dialect dialect) {
		return switch (dialect) {
			case AXOLOTL -> new KeyLoader("axolotl", "PyYAML yaml.safe_load", false);
			case HUGGINGFACE -> new KeyLoader("huggingface", "PyYAML yaml.safe_load or json.loads", false);
			case LLAMA_FACTORY -> new KeyLoader("llamafactory", "OmegaConf.load", true);
			case TORCHTUNE -> new KeyLoader("torchtune", "OmegaConf.load", true);
			case VLLM -> new KeyLoader("vllm", "its JSON request parser", false);
			case OPENAI -> new KeyLoader("openai", "its JSON request parser", false);
			case CANONICAL -> new KeyLoader("no tool named", "PyYAML yaml.safe_load, the most common loader", false);
		};
	}

}
