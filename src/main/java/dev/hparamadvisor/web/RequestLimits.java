package dev.hparamadvisor.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry. Past a limit the answer is a 4xx problem, never a
 * failure inside the service.
 *
 * @param maxBodyBytes the largest request body read (413 past it)
 * @param maxNestingDepth objects and arrays inside one another in a JSON body
 * @param maxNumberLength digits of one JSON number
 * @param maxStringLength characters of one JSON string or key
 * @param maxTokens values, keys and brackets in one JSON body
 */
@ConfigurationProperties("hparam-advisor.limits")
public record RequestLimits(@DefaultValue("1MB") DataSize maxBodyBytes, @DefaultValue("64") int maxNestingDepth,
		@DefaultValue("100") int maxNumberLength, @DefaultValue("65536") int maxStringLength,
		@DefaultValue("100000") long maxTokens) {

}
