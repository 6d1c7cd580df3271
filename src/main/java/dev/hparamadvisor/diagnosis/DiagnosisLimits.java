package dev.hparamadvisor.diagnosis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a log {@code POST /v1/diagnose} reads. Logs of 100,000 entries, several
 * megabytes, are normal, so the limit is the diagnosis's own rather than the request
 * limit of the other endpoints. The web layer's body filter enforces the same property
 * ({@code hparam-advisor.limits.max-log-bytes}) on the way in; this record is the
 * diagnosis's own reading of it, for the log it streams (and for a log inside an
 * envelope's string).
 *
 * @param maxLogBytes the largest log read (413 past it); 32MB by default
 */
@ConfigurationProperties("hparam-advisor.limits")
public record DiagnosisLimits(@DefaultValue("32MB") DataSize maxLogBytes) {

}
