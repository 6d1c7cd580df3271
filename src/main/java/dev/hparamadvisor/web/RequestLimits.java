package dev.hparamadvisor.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry. Past a limit the answer is a 4xx problem, never a
 * failure inside the service.
 *
 * @param maxBodyBytes the largest request body read (413 past it)
 */
@ConfigurationProperties("hparam-advisor.limits")
public record RequestLimits(@DefaultValue("1MB") DataSize maxBodyBytes) {

}
