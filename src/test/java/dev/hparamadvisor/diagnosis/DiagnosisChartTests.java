package dev.hparamadvisor.diagnosis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SVG chart: well-formed XML at 1200 x 600, no script, each finding's range shaded
 * and labelled as text, the best step marked; the writer escapes what it is given.
 */
class DiagnosisChartTests {

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static String chart(byte[] log) {
		return Diagnoses.DIAGNOSIS.chart(new ByteArrayInputStream(log), null);
	}

	@Test
	void tickLabelsOfSmallNumbersStayApart() {
		assertThat(ChartScale.label(1.8e-4)).isEqualTo("1.8e-4");
		assertThat(ChartScale.label(2.0e-4)).isEqualTo("2e-4");
		assertThat(ChartScale.label(1.25e-5)).isEqualTo("1.25e-5");
		assertThat(ChartScale.label(3.0e6)).isEqualTo("3e6");
		assertThat(java.util.stream.Stream.of(1.2e-4, 1.4e-4, 1.6e-4, 1.8e-4, 2.0e-4).map(ChartScale::label).distinct())
			.hasSize(5);
	}

	@Test
	void drawsEachFindingAsALabelledShadedRange() throws Exception {
		String svg = chart(Logs.bytes("trainer_state_nan.json"));
		Document document = parse(svg);
		Element root = document.getDocumentElement();
		assertThat(root.getAttribute("width")).isEqualTo("1200");
		assertThat(root.getAttribute("height")).isEqualTo("600");
		assertThat(document.getElementsByTagName("script").getLength()).isZero();
		DiagnosisReport report = Diagnoses.of(Logs.bytes("trainer_state_nan.json"));
		List<String> labels = new ArrayList<>();
		NodeList groups = document.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if ("finding".equals(group.getAttribute("class"))) {
				assertThat(group.getElementsByTagName("rect").getLength()).isEqualTo(1);
				labels.add(group.getElementsByTagName("text").item(0).getTextContent());
			}
		}
		assertThat(labels).containsExactlyElementsOf(report.findings()
			.stream()
			.map((f) -> f.code().name() + " " + f.steps().from() + "-" + f.steps().to())
			.toList());
		assertThat(svg).contains("best eval_loss", "learning rate", "class=\"train-loss\"");
	}

	@Test
	void usesALogScaleWhenTheLossSpansDecades() throws Exception {
		StringBuilder log = new StringBuilder("step,loss,learning_rate\n");
		for (int step = 1; step <= 200; step++) {
			log.append(step).append(',').append(10 * Math.exp(-step / 20.0)).append(",1e-4\n");
		}
		String svg = chart(log.toString().getBytes(StandardCharsets.UTF_8));
		parse(svg);
		assertThat(svg).contains("loss (log scale)");
	}

	@Test
	void drawsAHundredThousandPointsAsAtMostTwoPointsAPixelColumn() throws Exception {
		StringBuilder log = new StringBuilder();
		for (int step = 1; step <= 100_000; step++) {
			log.append("{\"step\": ").append(step).append(", \"loss\": ").append(2 + Math.sin(step)).append("}\n");
		}
		String svg = chart(log.toString().getBytes(StandardCharsets.UTF_8));
		Document document = parse(svg);
		NodeList paths = document.getElementsByTagName("path");
		for (int i = 0; i < paths.getLength(); i++) {
			Element path = (Element) paths.item(i);
			if ("train-loss".equals(path.getAttribute("class"))) {
				assertThat(path.getAttribute("d").split(" L").length).isLessThanOrEqualTo(2 * 1031);
			}
		}
		assertThat(svg.length()).isLessThan(200_000);
	}

	@Test
	void theWriterEscapesTextAndLeavesOutWhatXmlForbids() throws Exception {
		SvgWriter writer = new SvgWriter(10, 10, "a <b> & \"c\" 'd' \u0001\uD800 \uD83D\uDE00");
		writer.text("</text><script>alert(1)</script>", "data-x", "\"><script>");
		String svg = writer.finish();
		Document document = parse(svg);
		assertThat(document.getElementsByTagName("script").getLength()).isZero();
		NodeList texts = document.getElementsByTagName("text");
		assertThat(texts.item(0).getTextContent()).isEqualTo("a <b> & \"c\" 'd'  \uD83D\uDE00");
		assertThat(texts.item(1).getTextContent()).isEqualTo("</text><script>alert(1)</script>");
	}

}
