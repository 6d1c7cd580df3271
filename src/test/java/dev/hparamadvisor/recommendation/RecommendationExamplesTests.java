package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.BundledCatalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document's examples are what the service answers, not prose that drifts.
 */
class RecommendationExamplesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Recommender recommender = new Recommender(BundledCatalogue.get());

	@Test
	void theResponseExampleIsTheLiveAnswerWithItsFirstThreeRecommendations() {
		RecommendResponse live = this.recommender
			.recommend(JSON.readValue(RecommendationExamples.LORA_8B, RecommendRequest.class));
		ObjectNode tree = JSON.valueToTree(live);
		ArrayNode recommendations = (ArrayNode) tree.get("recommendations");
		assertThat(recommendations.size()).isGreaterThan(19);
		while (recommendations.size() > 3) {
			recommendations.remove(3);
		}
		JsonNode example = JSON.readTree(RecommendationExamples.LORA_8B_RESPONSE);
		// as text: a parsed 2 is an int node, a serialized long a long node
		assertThat(JSON.writeValueAsString(example)).isEqualTo(JSON.writeValueAsString(tree));
	}

	@Test
	void theAxolotlExampleIsTheLiveExport() {
		RecommendResponse live = this.recommender
			.recommend(JSON.readValue(RecommendationExamples.LORA_8B, RecommendRequest.class));
		String exported = new ToolConfigurations(BundledCatalogue.get()).write(live, ExportFormat.AXOLOTL).body();
		assertThat(exported.strip()).isEqualTo(RecommendationExamples.LORA_8B_AXOLOTL.strip());
	}

	@Test
	void theOtherRequestExamplesAreRecommendedFor() {
		for (String example : new String[] { RecommendationExamples.QLORA_70B,
				RecommendationExamples.FULL_70B_24GIB }) {
			RecommendResponse live = this.recommender.recommend(JSON.readValue(example, RecommendRequest.class));
			assertThat(live.plan().alternatives()).isNotEmpty();
		}
	}

}
