package dev.hparamadvisor.diagnosis;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of {@code POST /v1/diagnose}: JSON and SVG answers, 400s and 415.
 */
@WebMvcTest(DiagnosisController.class)
@Import({ Diagnosis.class, DiagnosisConfiguration.class, DiagnosisControllerTests.Readers.class })
class DiagnosisControllerTests {

	/**
	 * The dialect reader the application builds in the validation package's
	 * configuration.
	 */
	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class Readers {

		@org.springframework.context.annotation.Bean
		dev.hparamadvisor.dialect.DialectReader dialectReader() {
			return new dev.hparamadvisor.dialect.DialectReader(dev.hparamadvisor.catalogue.BundledCatalogue.get());
		}

	}

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult post(String contentType, byte[] body, String accept) {
		return this.mvc.post()
			.uri("/v1/diagnose")
			.contentType(MediaType.parseMediaType(contentType))
			.accept(MediaType.parseMediaTypes(accept).toArray(MediaType[]::new))
			.content(body)
			.exchange();
	}

	@Test
	void diagnosesATrainerStateAsJsonWithSnakeCaseNames() {
		MvcTestResult result = post("application/json", Logs.bytes("trainer_state.json"), "application/json");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.run.format").isEqualTo("huggingface");
		assertThat(result).bodyJson().extractingPath("$.run.train_points").isEqualTo(60);
		assertThat(result).bodyJson().extractingPath("$.best.agrees_with_file").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.findings[0].code").isEqualTo("OVERFITTING");
		assertThat(result).bodyJson().extractingPath("$.findings[0].steps.from").isEqualTo(30);
		assertThat(result).bodyJson().extractingPath("$.findings[0].evidence.eval_loss_rise").isNotNull();
		assertThat(result).bodyJson()
			.extractingPath("$.suggested_configuration.load_best_model_at_end")
			.isEqualTo(true);
	}

	@Test
	void answersWithJsonWhenAcceptAllowsAnything() {
		assertThat(post("application/json", Logs.bytes("trainer_state.json"), "*/*"))
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Test
	void answersWithAnSvgChartWhenAskedFor() throws Exception {
		MvcTestResult result = post("application/json", Logs.bytes("trainer_state.json"), "image/svg+xml");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("image/svg+xml");
		byte[] svg = result.getResponse().getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(result.getResponse().getContentAsString()).contains("OVERFITTING 30-60");
	}

	@Test
	void readsCsvJsonLinesAndTorchtuneByContentTypeOrDetection() {
		assertThat(post("text/csv", Logs.bytes("metrics.csv"), "application/json")).bodyJson()
			.extractingPath("$.run.format")
			.isEqualTo("csv");
		assertThat(post("application/x-ndjson", Logs.bytes("metrics.jsonl"), "application/json")).bodyJson()
			.extractingPath("$.run.format")
			.isEqualTo("jsonl");
		assertThat(post("application/octet-stream", Logs.bytes("torchtune.log"), "application/json")).bodyJson()
			.extractingPath("$.run.format")
			.isEqualTo("torchtune");
	}

	@Test
	void acceptsNanAndInfinityInAFile() {
		MvcTestResult result = post("application/json", Logs.bytes("trainer_state_nan.json"), "application/json");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.findings[0].code").isEqualTo("NON_FINITE_LOSS");
	}

	@Test
	void aTruncatedFileIsAProblemSayingWhatWasExpectedEvenWhenSvgWasAskedFor() {
		for (String accept : new String[] { "application/json", "image/svg+xml" }) {
			MvcTestResult result = post("application/json", Logs.bytes("trainer_state_truncated.json"), accept);
			assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/invalid-log");
			assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Unreadable run log");
			assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("trainer_state.json");
			assertThat(result).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo("");
		}
	}

	@Test
	void aBadEnvelopeFieldIsAProblemNamingIt() {
		MvcTestResult result = post("application/json",
				"{\"log\": [{\"step\": 1, \"loss\": 1}], \"context\": {\"max_steps\": -5}}".getBytes(),
				"application/json");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo("/context/max_steps");
	}

	@Test
	void anUnknownFormatIsABadRequestAndPlainTextIsUnsupported() {
		assertThat(this.mvc.post()
			.uri("/v1/diagnose?format=tensorboard")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Logs.bytes("trainer_state.json"))
			.exchange()).hasStatus(400);
		assertThat(post("text/plain", Logs.bytes("torchtune.log"), "application/json")).hasStatus(415);
	}

	@Test
	void prefersSvgOnlyWhenRankedAboveJson() {
		assertThat(DiagnosisController.prefersSvg("image/svg+xml")).isTrue();
		assertThat(DiagnosisController.prefersSvg("application/json;q=0.5, image/svg+xml")).isTrue();
		assertThat(DiagnosisController.prefersSvg("image/svg+xml, application/json")).isTrue();
		assertThat(DiagnosisController.prefersSvg("application/json, image/svg+xml")).isFalse();
		assertThat(DiagnosisController.prefersSvg("*/*")).isFalse();
		assertThat(DiagnosisController.prefersSvg(null)).isFalse();
	}

}
