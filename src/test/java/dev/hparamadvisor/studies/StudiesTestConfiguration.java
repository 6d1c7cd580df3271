package dev.hparamadvisor.studies;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The studies' test context: a clock the tests move. */
@TestConfiguration(proxyBeanMethods = false)
public class StudiesTestConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
	}

}
