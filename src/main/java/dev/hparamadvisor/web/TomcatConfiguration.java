package dev.hparamadvisor.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.apache.coyote.AbstractProtocol;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Tomcat's own answers as problem details: encoded slashes reach the application (a name
 * such as {@code ..%2F..%2Fetc} is just an unknown name), and what Tomcat still refuses
 * by itself is reported by {@link ProblemReportValve}. Request threads sized to the
 * cores.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/** Request threads per core when {@code server.tomcat.threads.max} is not set. */
	static final int THREADS_PER_CORE = 4;

	/** The fewest request threads when {@code server.tomcat.threads.max} is not set. */
	static final int MIN_THREADS = 8;

	/**
	 * Every request is work for the CPU: nothing waits on a database or another service.
	 * Tomcat's 200 threads suit blocking applications; here they only take turns on the
	 * cores. On two cores, eight gave the best throughput and the lowest p99 of 4, 8, 16
	 * and 200 (docs/PERFORMANCE.md). Setting {@code server.tomcat.threads.max} (or
	 * {@code SERVER_TOMCAT_THREADS_MAX}) overrides it.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestThreadsForTheCores(Environment environment) {
		boolean configured = Binder.get(environment).bind("server.tomcat.threads.max", Integer.class).isBound();
		int threads = threadsFor(Runtime.getRuntime().availableProcessors());
		return (factory) -> {
			if (!configured) {
				factory.addConnectorCustomizers((connector) -> {
					if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
						protocol.setMaxThreads(threads);
						protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
					}
				});
			}
		};
	}

	static int threadsFor(int cores) {
		return Math.max(MIN_THREADS, THREADS_PER_CORE * cores);
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemAnswersFromTomcat() {
		return (factory) -> {
			factory.addConnectorCustomizers((connector) -> connector.setEncodedSolidusHandling("passthrough"));
			factory.addContextCustomizers((context) -> {
				Container parent = context.getParent();
				if (parent instanceof StandardHost host) {
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.setErrorReportValveClass(ProblemReportValve.class.getName());
					host.getPipeline().addValve(new ProblemReportValve());
				}
			});
		};
	}

}
