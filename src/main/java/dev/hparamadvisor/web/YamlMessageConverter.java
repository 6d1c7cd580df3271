package dev.hparamadvisor.web;

import java.io.IOException;
import java.util.List;

import dev.hparamadvisor.dialect.ConfigFormat;
import dev.hparamadvisor.dialect.ConfigParser;
import dev.hparamadvisor.dialect.UnreadableConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.StreamUtils;

/**
 * Reads a YAML body into the same {@link JsonNode} tree a JSON body becomes, through the
 * hardened {@link ConfigParser}: aliases, nesting, string and number length, values and
 * keys within {@link RequestLimits}, duplicate keys refused, one document only. It only
 * reads; answers are JSON.
 */
class YamlMessageConverter extends AbstractHttpMessageConverter<JsonNode> {

	static final List<MediaType> YAML = List.of(MediaType.parseMediaType("application/yaml"),
			MediaType.parseMediaType("application/x-yaml"), MediaType.parseMediaType("text/yaml"),
			MediaType.parseMediaType("text/x-yaml"));

	private final ConfigParser parser;

	YamlMessageConverter(RequestLimits limits) {
		super(YAML.toArray(MediaType[]::new));
		this.parser = new ConfigParser(limits.yamlLimits());
	}

	@Override
	protected boolean supports(Class<?> type) {
		return JsonNode.class.isAssignableFrom(type) && type.isAssignableFrom(ObjectNode.class);
	}

	@Override
	protected boolean canWrite(MediaType mediaType) {
		return false;
	}

	@Override
	protected JsonNode readInternal(Class<? extends JsonNode> type, HttpInputMessage input) throws IOException {
		// the body limit is enforced as the stream is read (BodyLimitFilter)
		byte[] body = StreamUtils.copyToByteArray(input.getBody());
		try {
			return this.parser.parse(body, ConfigFormat.YAML);
		}
		catch (UnreadableConfiguration ex) {
			throw new HttpMessageNotReadableException(String.valueOf(ex.getMessage()), ex, input);
		}
	}

	@Override
	protected void writeInternal(JsonNode node, HttpOutputMessage output) {
		throw new UnsupportedOperationException("YAML is read, never written");
	}

}
