package dev.hparamadvisor.studies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.hparamadvisor.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The study page in headless Chromium, as the Swagger UI test drives it, with API keys
 * configured: the page loads openly, asks for a key, then draws the trials with uPlot and
 * lists the running one with its lease. Skipped without Chromium unless
 * {@code REQUIRE_BROWSER} is set. The screenshot lands in {@code target/studies-page/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hparam-advisor.security.api-keys=team-a:" + StudyPageIntegrationTests.KEY)
// on the real clock: the page shows each lease against the browser's clock ("in 9 min"),
// so a
// service on the tests' fixed clock would show it expired once that date has passed
class StudyPageIntegrationTests {

	static final String KEY = "page-test-key-0f3b6a9c2e";

	private static final Logger logger = LoggerFactory.getLogger(StudyPageIntegrationTests.class);

	private static HeadlessChromium chromium;

	private static ChromeDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void openTheBrowser() throws IOException {
		chromium = HeadlessChromium.open("the study page test", "1300,1700");
		browser = chromium.browser();
	}

	@AfterAll
	static void closeTheBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void drawsTheTrialsOnceGivenAKey() throws Exception {
		String base = "http://127.0.0.1:" + this.port;
		StudyWorkers http = new StudyWorkers();
		String id = http.createWithKey(base, KEY, "page-study", 12, 3);
		for (int n = 0; n < 9; n++) {
			http.postWithKey(base, KEY, "/v1/studies/" + id + "/trials", "{\"worker\": \"gpu-" + n % 3 + "\"}");
			http.postWithKey(base, KEY, "/v1/studies/" + id + "/trials/" + n + "/reports",
					"{\"step\": 100, \"value\": " + (2.5 - n * 0.05) + "}");
			http.postWithKey(base, KEY, "/v1/studies/" + id + "/trials/" + n + "/complete",
					"{\"value\": " + (1.2 + Math.sin(n) * 0.3) + "}");
		}
		http.postWithKey(base, KEY, "/v1/studies/" + id + "/trials", "{\"worker\": \"gpu-node-3\"}");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get(base + "/studies/" + id);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
		assertThat(browser.findElement(By.id("error")).getText()).contains("API key");
		browser.findElement(By.id("api-key")).sendKeys(KEY);
		browser.findElement(By.cssSelector("#key-form button")).click();
		wait.until(ExpectedConditions.textToBe(By.id("title"), "page-study"));
		wait.until((driver) -> driver.findElements(By.cssSelector("canvas")).size() >= 3);
		assertThat(browser.findElement(By.id("summary")).getText()).contains("9 completed", "1 running");
		assertThat(browser.findElement(By.cssSelector("#running tbody")).getText()).contains("gpu-node-3", "in ");
		assertThat(browser.findElements(By.cssSelector("#parameters .chart"))).hasSize(2);
		Path shots = Path.of("target", "studies-page");
		Files.createDirectories(shots);
		Path shot = shots.resolve("study.png");
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
		logger.info("Screenshot of the study page: {}", shot.toAbsolutePath());
	}

}
