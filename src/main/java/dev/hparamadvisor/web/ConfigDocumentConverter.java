package dev.hparamadvisor.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.hparamadvisor.dialect.ConfigDocument;
import dev.hparamadvisor.dialect.ConfigFormat;
import dev.hparamadvisor.dialect.ConfigParser;
import dev.hparamadvisor.dialect.UnreadableConfiguration;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.StreamUtils;

/**
 * Reads a configuration body, JSON or YAML, through the hardened {@link ConfigParser}
 * within {@link RequestLimits}, as the tools' loaders read their files: a key written
 * twice in one object keeps the value written last and is recorded in the
 * {@link ConfigDocument}, so that the validator can say what the tool does with it
 * (PyYAML and Python's {@code json} take the last value; OmegaConf refuses the file). Any
 * other body that is not one JSON or YAML object is refused, as before. It only reads;
 * answers are JSON.
 */
class ConfigDocumentConverter extends AbstractHttpMessageConverter<ConfigDocument> {

	/** The YAML media types read, beside JSON. */
	static final List<MediaType> YAML = List.of(MediaType.parseMediaType("application/yaml"),
			MediaType.parseMediaType("application/x-yaml"), MediaType.parseMediaType("text/yaml"),
			MediaType.parseMediaType("text/x-yaml"));

	private final ConfigParser parser;

	ConfigDocumentConverter(RequestLimits limits) {
		super(mediaTypes().toArray(MediaType[]::new));
		this.parser = new ConfigParser(limits.yamlLimits());
	}

	private static List<MediaType> mediaTypes() {
		List<MediaType> types = new ArrayList<>(YAML);
		types.add(MediaType.APPLICATION_JSON);
		return types;
	}

	@Override
	protected boolean supports(Class<?> type) {
		return ConfigDocument.class.equals(type);
	}

	@Override
	protected boolean canWrite(MediaType mediaType) {
		return false;
	}

	@Override
	protected ConfigDocument readInternal(Class<? extends ConfigDocument> type, HttpInputMessage input)
			throws IOException {
		// the body limit is enforced as the stream is read (BodyLimitFilter)
		byte[] body = StreamUtils.copyToByteArray(input.getBody());
		MediaType contentType = input.getHeaders().getContentType();
		ConfigFormat format = (contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(contentType))
				? ConfigFormat.JSON : ConfigFormat.YAML;
		try {
			return this.parser.read(body, format);
		}
		catch (UnreadableConfiguration ex) {
			throw new HttpMessageNotReadableException(String.valueOf(ex.getMessage()), ex, input);
		}
	}

	@Override
	protected void writeInternal(ConfigDocument document, HttpOutputMessage output) {
		throw new UnsupportedOperationException("Configuration documents are read, never written");
	}

}
