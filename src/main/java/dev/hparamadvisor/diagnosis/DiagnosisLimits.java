package dev.hparamadvisor.diagnosis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a log {@code POST /v1/diagnose} reads. Logs of 100,000 entries, several
 * megabytes, are normal, so the limit is the diagnosis's own rather than the request
 * limit of the other endpoints. The web layer's body filter is the one place that
 * enforces the property ({@code hparam-advisor.limits.max-log-bytes}, 413 past it); the
 * diagnosis reads it only to size its JSON parser's string limit, so a log sent as one
 * string inside the envelope is read up to the same size.
 *
 * @param maxLogBytes the largest log a request may carry; 32MB by default
 */
@ConfigurationProperties("hparam-advisor.limits")
public record DiagnosisLimits(@DefaultValue("32MB") DataSize maxLogBytes) {

}
