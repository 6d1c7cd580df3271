package dev.hparamadvisor.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts findings by code and severity ({@code hparam_advisor_findings_total}). Both tags
 * come from closed sets; nothing a user typed becomes a tag.
 */
@Component
class FindingMetrics {

	private final MeterRegistry registry;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	FindingMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void record(ValidationReport report) {
		for (Finding finding : report.findings()) {
			this.counters
				.computeIfAbsent(finding.code().name() + '/' + finding.severity(),
						(key) -> Counter.builder("hparam_advisor.findings")
							.description("Findings reported by POST /v1/validate")
							.tag("code", finding.code().name())
							.tag("severity", finding.severity().name())
							.register(this.registry))
				.increment();
		}
	}

}
