package dev.hparamadvisor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's chromedriver (no driver
 * or browser download), for the browser tests. Skips the test with a message where no
 * Chromium is installed, unless {@code REQUIRE_BROWSER} is set (as {@code .ci/run} does),
 * where it fails instead.
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(HeadlessChromium.class);

	private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

	private final ChromeDriver browser;

	private final Path profile;

	private HeadlessChromium(ChromeDriver browser, Path profile) {
		this.browser = browser;
		this.profile = profile;
	}

	/**
	 * Opens the browser, or skips (or fails) the calling test.
	 * @param what the test, for the message when there is no browser
	 * @param windowSize the window, as {@code width,height}
	 */
	public static HeadlessChromium open(String what, String windowSize) throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String why = "No " + CHROMIUM + " or " + CHROMEDRIVER + ", so " + what + " is skipped. "
					+ "Install them with: apt-get install chromium chromium-driver";
			if (System.getenv("REQUIRE_BROWSER") != null) {
				fail(why + " REQUIRE_BROWSER is set: this run must drive the browser.");
			}
			logger.warn(why);
			Assumptions.abort(why);
		}
		Path profile = Files.createTempDirectory("chromium-profile");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		// As root in a sandbox with no network: no sandbox, no GPU, and none of the
		// background connections that the closed network would refuse.
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
					"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--window-size=" + windowSize, "--user-data-dir=" + profile);
		return new HeadlessChromium(new ChromeDriver(service, options), profile);
	}

	public ChromeDriver browser() {
		return this.browser;
	}

	/** Quits the browser and deletes its profile. */
	@Override
	public void close() throws IOException {
		this.browser.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
