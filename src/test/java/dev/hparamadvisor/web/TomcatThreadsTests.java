package dev.hparamadvisor.web;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat's request threads follow the cores unless {@code server.tomcat.threads.max} is
 * set.
 */
class TomcatThreadsTests {

	@Test
	void fourPerCoreAndAtLeastEight() {
		assertThat(TomcatConfiguration.threadsFor(1)).isEqualTo(8);
		assertThat(TomcatConfiguration.threadsFor(2)).isEqualTo(8);
		assertThat(TomcatConfiguration.threadsFor(3)).isEqualTo(12);
		assertThat(TomcatConfiguration.threadsFor(16)).isEqualTo(64);
	}

	static AbstractProtocol<?> protocol(WebServerApplicationContext context) {
		return (AbstractProtocol<?>) ((TomcatWebServer) context.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler();
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class ByDefault {

		@Autowired
		private WebServerApplicationContext context;

		@Test
		void theRunningServerHasThreadsForTheCores() {
			AbstractProtocol<?> protocol = protocol(this.context);
			int expected = TomcatConfiguration.threadsFor(Runtime.getRuntime().availableProcessors());
			assertThat(protocol.getMaxThreads()).isEqualTo(expected);
			assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(expected);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "server.tomcat.threads.max=37")
	class WhenConfigured {

		@Autowired
		private WebServerApplicationContext context;

		@Test
		void theSettingWins() {
			assertThat(protocol(this.context).getMaxThreads()).isEqualTo(37);
		}

	}

}
