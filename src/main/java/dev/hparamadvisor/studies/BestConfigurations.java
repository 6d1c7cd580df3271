package dev.hparamadvisor.studies;

import java.util.Map;

import dev.hparamadvisor.dialect.ContextHints;
import dev.hparamadvisor.dialect.DialectWriter;
import dev.hparamadvisor.dialect.ExportedConfiguration;
import dev.hparamadvisor.recommendation.ExportFormat;
import dev.hparamadvisor.recommendation.RecommendResponse;
import dev.hparamadvisor.recommendation.Recommender;
import dev.hparamadvisor.recommendation.ToolConfigurations;
import dev.hparamadvisor.recommendation.ToolConfigurations.Exported;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a study's best configuration as a tool's, through the same writers as
 * {@code POST /v1/recommend?format=}: with a scenario, as the recommendation with the
 * best trial's values (so the model, method and task are written too); without one, the
 * values alone through {@link DialectWriter}.
 */
final class BestConfigurations {

	private final Recommender recommender;

	private final ToolConfigurations tools;

	private final DialectWriter writer;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final YAMLMapper yaml = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();

	BestConfigurations(Recommender recommender, ToolConfigurations tools, DialectWriter writer) {
		this.recommender = recommender;
		this.tools = tools;
		this.writer = writer;
	}

	Exported write(Studies.Best best, ExportFormat format) {
		TrialView trial = best.view().best();
		Map<String, Object> configuration = trial.configuration();
		String heading = "# Best trial " + trial.number() + " of study '" + best.view().name() + "': "
				+ best.design().objective().metric() + " = " + trial.value() + "\n";
		if (best.design().scenario() != null) {
			RecommendResponse advised = this.recommender.recommend(best.design().scenario());
			RecommendResponse tried = new RecommendResponse(advised.scenario(), advised.recommendations(),
					advised.plan(), configuration, advised.validationContext(), advised.assumptions());
			Exported exported = this.tools.write(tried, format);
			return yaml(format) ? new Exported(heading + exported.body(), exported.mediaType(), exported.notWritten())
					: exported;
		}
		ExportedConfiguration exported = this.writer.export(configuration, format.dialect(), ContextHints.NONE);
		String body = yaml(format) ? heading + this.yaml.writeValueAsString(exported.document())
				: this.json.writeValueAsString(exported.document()) + "\n";
		return new Exported(body, format.mediaType(), exported.unsupported());
	}

	private static boolean yaml(ExportFormat format) {
		return format.mediaType().equals("application/yaml");
	}

}
