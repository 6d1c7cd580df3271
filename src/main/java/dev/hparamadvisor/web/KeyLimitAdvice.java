package dev.hparamadvisor.web;

import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON body read as a tree (a configuration for {@code /v1/validate}) with more
 * keys than {@link RequestLimits#maxKeys()}. Jackson has no such constraint; the YAML
 * parser counts keys itself while parsing, so YAML bodies are not counted again.
 */
@ControllerAdvice
class KeyLimitAdvice extends RequestBodyAdviceAdapter {

	private final int maxKeys;

	KeyLimitAdvice(RequestLimits limits) {
		this.maxKeys = limits.maxKeys();
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return JsonNode.class.isAssignableFrom(parameter.getParameterType())
				&& !YamlMessageConverter.class.isAssignableFrom(converterType);
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		if (body instanceof JsonNode tree && keys(tree) > this.maxKeys) {
			String detail = "More than " + this.maxKeys + " keys; a training configuration has about a hundred";
			throw new ErrorResponseException(ProblemType.MALFORMED_BODY.status(),
					Problems.of(ProblemType.MALFORMED_BODY, detail, List.of(Problems.error("", detail))), null);
		}
		return body;
	}

	private static int keys(JsonNode root) {
		int keys = 0;
		Deque<JsonNode> open = new ArrayDeque<>();
		open.push(root);
		while (!open.isEmpty()) {
			JsonNode node = open.pop();
			if (node.isObject()) {
				keys += node.size();
			}
			if (node.isContainer()) {
				node.values().forEach(open::push);
			}
		}
		return keys;
	}

}
