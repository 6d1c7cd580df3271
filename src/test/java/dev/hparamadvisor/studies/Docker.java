package dev.hparamadvisor.studies;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.fail;

/**
 * Skips a test class that needs Docker where no engine answers, unless
 * {@code REQUIRE_DOCKER} is set, where it fails instead (as the container image test
 * does).
 */
final class Docker {

	private Docker() {
	}

	static void require(String what) {
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return;
		}
		String why = "No Docker engine answers, so " + what + " is skipped. Start one (as root: bash "
				+ "../shared/ci/local-docker.sh; source ../shared/ci/testcontainers.env).";
		if (System.getenv("REQUIRE_DOCKER") != null) {
			fail(why + " REQUIRE_DOCKER is set: this run must use PostgreSQL.");
		}
		LoggerFactory.getLogger(Docker.class).warn(why);
		Assumptions.abort(why);
	}

}
