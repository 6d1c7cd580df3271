package dev.hparamadvisor.recommendation;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a recommendation as a tool's configuration, in the tool's own names: Hugging
 * Face and OpenAI as JSON, Axolotl and LLaMA-Factory as YAML headed by comments that name
 * the scenario and what the format cannot carry.
 */
public final class ToolConfigurations {

	/**
	 * A configuration document.
	 *
	 * @param body the document
	 * @param mediaType its media type
	 * @param notWritten recommendations the format cannot carry, and why
	 */
	public record Exported(String body, String mediaType, List<String> notWritten) {
	}

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final YAMLMapper yaml = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.build();

	/** The recommendation in the format's names. */
	public Exported write(RecommendResponse response, ExportFormat format) {
		ExportValues values = new ExportValues(response);
		return switch (format) {
			case HUGGINGFACE -> json(HuggingFaceExport.tree(values), format, HuggingFaceExport.notWritten(values));
			case OPENAI -> json(OpenAiExport.tree(values), format, OpenAiExport.notWritten(values));
			case AXOLOTL -> yaml(response, AxolotlExport.tree(values), format, AxolotlExport.notWritten(values));
			case LLAMAFACTORY ->
				yaml(response, LlamaFactoryExport.tree(values), format, LlamaFactoryExport.notWritten(values));
		};
	}

	private Exported json(Map<String, Object> tree, ExportFormat format, List<String> notWritten) {
		return new Exported(this.json.writeValueAsString(tree) + "\n", format.mediaType(), notWritten);
	}

	private Exported yaml(RecommendResponse response, Map<String, Object> tree, ExportFormat format,
			List<String> notWritten) {
		StringBuilder header = new StringBuilder();
		header.append("# hparam-advisor recommendation: ")
			.append(response.scenario().task())
			.append(", ")
			.append(response.plan().method())
			.append(", ")
			.append(response.scenario().model())
			.append(", ")
			.append(Text.count(response.scenario().examples()))
			.append(" examples, ")
			.append(response.plan().hardware())
			.append(response.plan().feasible() ? "" : " (does not fit: see the plan's alternatives)")
			.append("\n# Add your datasets and an evaluation set (evaluation and early stopping need one).\n");
		header.append("# Not written here:\n");
		notWritten.forEach((line) -> header.append("#   - ").append(line).append('\n'));
		return new Exported(header + this.yaml.writeValueAsString(tree), format.mediaType(), notWritten);
	}

}
