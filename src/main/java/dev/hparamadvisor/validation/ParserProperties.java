package dev.hparamadvisor.validation;

import dev.hparamadvisor.dialect.ParserLimits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the configurations {@code POST /v1/validate} parses, JSON or YAML. Past a
 * limit the answer is a 400 (413 for size) problem, decided while parsing.
 *
 * @param maxDocumentSize the largest document
 * @param maxNestingDepth objects and lists inside one another
 * @param maxAliases YAML alias uses in one document
 * @param maxStringLength characters of one string or key
 * @param maxValues values in the tree, aliases expanded
 * @param maxNumberLength digits of one number
 * @param maxKeys keys in all objects of the document together
 */
@ConfigurationProperties("hparam-advisor.parser")
record ParserProperties(@DefaultValue("1MB") DataSize maxDocumentSize, @DefaultValue("64") int maxNestingDepth,
		@DefaultValue("50") int maxAliases, @DefaultValue("65536") int maxStringLength,
		@DefaultValue("100000") int maxValues, @DefaultValue("100") int maxNumberLength,
		@DefaultValue("1000") int maxKeys) {

	ParserLimits limits() {
		return new ParserLimits((int) Math.min(Integer.MAX_VALUE, this.maxDocumentSize.toBytes()), this.maxNestingDepth,
				this.maxAliases, this.maxStringLength, this.maxValues, this.maxNumberLength, this.maxKeys);
	}

}
