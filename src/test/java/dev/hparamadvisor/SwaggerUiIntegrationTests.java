package dev.hparamadvisor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in a real browser ({@link HeadlessChromium}) against the service on a random
 * port. The screenshots land in {@code target/swagger-ui/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(SwaggerUiIntegrationTests.class);

	private static final Path SCREENSHOTS = Path.of("target", "swagger-ui");

	@LocalServerPort
	private int port;

	private static HeadlessChromium chromium;

	private static ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	static void openTheBrowser() throws IOException {
		chromium = HeadlessChromium.open("the Swagger UI browser test", "1366,1600");
		browser = chromium.browser();
	}

	@AfterAll
	static void closeTheBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void waitUpTo30Seconds() {
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@Test
	void listsTheEndpointsWithTheirExamples() throws IOException {
		this.open();
		List<String> paths = browser.findElements(By.cssSelector(".opblock-summary-path"))
			.stream()
			.map((path) -> path.getAttribute("data-path"))
			.toList();
		assertThat(paths).contains("/v1/parameters", "/v1/parameters/{name}", "/v1/validate", "/v1/estimate",
				"/v1/estimate/presets");
		WebElement estimate = this.expand("operations-estimation-estimate");
		assertThat(this.exampleNames(estimate)).contains("llama-8b-lora", "preset-full-fine-tune",
				"parameters-only-qlora");
		assertThat(estimate.findElement(By.cssSelector(".body-param__example, .microlight")).getText())
			.contains("\"method\": \"lora\"");
		WebElement validate = this.expand("operations-Validation-validate");
		assertThat(this.exampleNames(validate)).contains("envelope", "huggingface", "sampling");
		assertThat(validate.findElements(By.cssSelector("tr[data-param-name]")))
			.extracting((parameter) -> parameter.getAttribute("data-param-name"))
			.containsExactly("dialect");
		this.screenshot("endpoints.png");
	}

	@Test
	void triesOutValidateWithTheExampleBody() throws IOException {
		this.open();
		WebElement validate = this.expand("operations-Validation-validate");
		this.click(validate.findElement(By.cssSelector("button.try-out__btn")));
		WebElement body = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#operations-Validation-validate textarea.body-param__text")));
		assertThat(body.getAttribute("value")).contains("\"hyperparameters\"").contains("\"warmup_steps\": 2000");
		this.click(validate.findElement(By.cssSelector("button.execute")));
		WebElement status = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By
			.cssSelector("#operations-Validation-validate .live-responses-table tr.response .response-col_status")));
		assertThat(status.getText()).startsWith("200");
		String response = validate
			.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description .highlight-code"))
			.getText();
		assertThat(response).contains("\"findings\"").contains("\"code\": \"WARMUP_TOO_LONG\"");
		this.scrollTo(status);
		this.screenshot("validate-try-it-out.png");
	}

	@Test
	void triesOutDiagnoseAndRendersTheChart() throws IOException {
		this.open();
		WebElement diagnose = this.expand("operations-Diagnosis-diagnose");
		this.click(diagnose.findElement(By.cssSelector("button.try-out__btn")));
		WebElement body = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#operations-Diagnosis-diagnose textarea.body-param__text")));
		assertThat(body.getAttribute("value")).contains("\"log_history\"");
		// the responses' media type is the request's Accept header in Swagger UI
		WebElement mediaType = diagnose
			.findElement(By.cssSelector(".responses-wrapper .response-control-media-type select"));
		new org.openqa.selenium.support.ui.Select(mediaType).selectByValue("image/svg+xml");
		this.click(diagnose.findElement(By.cssSelector("button.execute")));
		WebElement status = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By
			.cssSelector("#operations-Diagnosis-diagnose .live-responses-table tr.response .response-col_status")));
		assertThat(status.getText()).startsWith("200");
		// Swagger UI shows an SVG answer as its markup (it does not put it in an img, for
		// safety): check the markup, then let Chromium draw exactly that answer
		WebElement answer = diagnose
			.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description"));
		this.wait.until((driver) -> answer.getText().contains("</svg>"));
		this.scrollTo(status);
		this.screenshot("diagnose-try-it-out.png");
		String text = answer.getText();
		String svg = text.substring(text.indexOf("<svg"), text.indexOf("</svg>") + "</svg>".length());
		assertThat(svg).contains("<text", "loss").doesNotContain("<script");
		browser.get("data:image/svg+xml;base64,"
				+ java.util.Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		WebElement drawn = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("svg")));
		assertThat(drawn.getSize().getWidth()).as("the chart drawn by the browser").isGreaterThanOrEqualTo(600);
		assertThat(browser.findElements(By.tagName("text"))).extracting(WebElement::getText)
			.as("labels as text")
			.anySatisfy((label) -> assertThat(label).containsIgnoringCase("loss"));
		this.screenshot("diagnose-chart.png");
	}

	private void open() {
		browser.get("http://127.0.0.1:" + this.port + "/swagger-ui/index.html");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Validation-validate")));
	}

	private WebElement expand(String operationId) {
		WebElement operation = browser.findElement(By.id(operationId));
		this.click(operation.findElement(By.cssSelector(".opblock-summary-control")));
		this.wait.until((driver) -> !operation.findElements(By.cssSelector(".opblock-body")).isEmpty());
		return operation;
	}

	private List<String> exampleNames(WebElement operation) {
		return operation.findElements(By.cssSelector(".opblock-section-request-body .examples-select option"))
			.stream()
			.map((option) -> option.getAttribute("value"))
			.toList();
	}

	private void click(WebElement element) {
		this.scrollTo(element);
		element.click();
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = browser.getScreenshotAs(OutputType.FILE);
		Path target = SCREENSHOTS.resolve(name);
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		logger.info("Screenshot of Swagger UI: {}", target.toAbsolutePath());
	}

}
