package dev.hparamadvisor.dialect;

import java.util.Locale;
import java.util.Optional;

/**
 * The syntaxes {@link ConfigParser} reads.
 */
public enum ConfigFormat {

	/** JSON. */
	JSON,
	/** YAML 1.2 (one document). */
	YAML;

	/**
	 * The format of a media type: {@code application/json} and {@code +json} types are
	 * JSON; {@code application/yaml}, {@code application/x-yaml}, {@code text/yaml},
	 * {@code text/x-yaml} and {@code +yaml} types are YAML. Parameters are ignored.
	 * @param mediaType a media type, for example {@code application/yaml; charset=utf-8}
	 * @return the format, or empty for any other type
	 */
	public static Optional<ConfigFormat> fromMediaType(String mediaType) {
		String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		if (type.equals("application/json") || type.endsWith("+json")) {
			return Optional.of(JSON);
		}
		if (type.matches("(application|text)/(x-)?yaml") || type.endsWith("+yaml")) {
			return Optional.of(YAML);
		}
		return Optional.empty();
	}

}
