package dev.hparamadvisor.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.dialect.DialectNote;
import dev.hparamadvisor.dialect.DialectWriter;
import dev.hparamadvisor.dialect.ExportedConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a recommendation as a tool's configuration through {@link DialectWriter}, which
 * owns each tool's names: Hugging Face and OpenAI as JSON, Axolotl and LLaMA-Factory as
 * YAML headed by comments that name the scenario and what the configuration does not
 * carry.
 */
public final class ToolConfigurations {

	/**
	 * A configuration document.
	 *
	 * @param body the document
	 * @param mediaType its media type
	 * @param notWritten recommendations the configuration does not carry, each line
	 * naming them before a colon, then why
	 */
	public record Exported(String body, String mediaType, List<String> notWritten) {
	}

	private final DialectWriter writer;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final YAMLMapper yaml = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.build();

	public ToolConfigurations(Catalogue catalogue) {
		this.writer = new DialectWriter(catalogue);
	}

	/** The recommendation in the format's names. */
	public Exported write(RecommendResponse response, ExportFormat format) {
		ExportValues values = new ExportValues(response);
		ExportedConfiguration exported = this.writer.export(values.values(), format.dialect(), values.context());
		List<String> notWritten = new ArrayList<>(values.leftOut());
		Map<String, List<String>> namesByReason = new LinkedHashMap<>();
		exported.unsupported()
			.forEach((name) -> namesByReason.computeIfAbsent(reason(exported, name), (reason) -> new ArrayList<>())
				.add(name));
		namesByReason.forEach((reason, names) -> notWritten.add(String.join(", ", names) + ": " + reason));
		if (format.mediaType().equals("application/yaml")) {
			return yaml(response, exported.document(), format, notWritten);
		}
		return new Exported(this.json.writeValueAsString(exported.document()) + "\n", format.mediaType(), notWritten);
	}

	private static String reason(ExportedConfiguration exported, String name) {
		return exported.notes()
			.stream()
			.filter((note) -> note.code() == DialectNote.Code.NOT_EXPORTED && note.path().equals(name))
			.map(DialectNote::message)
			.findFirst()
			.orElseThrow();
	}

	private Exported yaml(RecommendResponse response, JsonNode document, ExportFormat format, List<String> notWritten) {
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
		return new Exported(header + this.yaml.writeValueAsString(document), format.mediaType(), notWritten);
	}

}
