package dev.hparamadvisor.web;

import dev.hparamadvisor.dialect.ParserLimits;
import tools.jackson.core.StreamReadConstraints;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every limit on what a request may carry, JSON or YAML, in one place. Past a limit the
 * answer is a 4xx problem (413 for the size, 400 for the rest), decided while the body is
 * read, never a failure inside the service. A real training configuration is a few
 * kilobytes, a few levels deep and about a hundred keys, with no YAML aliases; the
 * defaults leave two orders of magnitude of room.
 *
 * @param maxBodyBytes the largest request body (checked by {@link BodyLimitFilter} only)
 * @param maxLogBytes the largest run log posted to {@code /v1/diagnose}, which reads it
 * itself, streaming (checked by {@link BodyLimitFilter} too)
 * @param maxNestingDepth objects and lists inside one another
 * @param maxStringLength characters of one string or key
 * @param maxNumberLength digits of one number
 * @param maxValues values in one body: Jackson's token count for JSON (values, keys and
 * brackets), values with aliases expanded for YAML
 * @param maxAliases YAML alias uses in one document (stops "billion laughs")
 * @param maxKeys keys in all objects of one configuration sent to {@code /v1/validate}
 */
@ConfigurationProperties("hparam-advisor.limits")
record RequestLimits(@DefaultValue("1MB") DataSize maxBodyBytes, @DefaultValue("32MB") DataSize maxLogBytes,
		@DefaultValue("64") int maxNestingDepth, @DefaultValue("65536") int maxStringLength,
		@DefaultValue("100") int maxNumberLength, @DefaultValue("100000") int maxValues,
		@DefaultValue("50") int maxAliases, @DefaultValue("1000") int maxKeys) {

	/** The limits as Jackson's constraints on every JSON body. */
	StreamReadConstraints jsonConstraints() {
		return StreamReadConstraints.builder()
			.maxNestingDepth(this.maxNestingDepth)
			.maxNumberLength(this.maxNumberLength)
			.maxStringLength(this.maxStringLength)
			.maxNameLength(this.maxStringLength)
			.maxTokenCount(this.maxValues)
			.build();
	}

	/** The limits as the hardened YAML parser's. */
	ParserLimits yamlLimits() {
		return new ParserLimits(this.maxNestingDepth, this.maxAliases, this.maxStringLength, this.maxValues,
				this.maxNumberLength, this.maxKeys);
	}

}
