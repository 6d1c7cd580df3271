package dev.hparamadvisor.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an endpoint does not take, so a typo such as
 * {@code ?phse=training} is an answer, not a silently ignored filter.
 */
class QueryParameterGuard implements HandlerInterceptor {

	/** The query parameters each handler method declares. */
	private final Map<Method, Set<String>> accepted = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Map<String, String[]> given = request.getParameterMap();
		if (given.isEmpty()) {
			return true;
		}
		Set<String> accepted = this.accepted.computeIfAbsent(method.getMethod(), (m) -> accepted(method));
		for (String name : given.keySet()) {
			if (!accepted.contains(name)) {
				throw new UnknownQueryParameterException(name, accepted);
			}
		}
		return true;
	}

	private static Set<String> accepted(HandlerMethod method) {
		Set<String> accepted = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			if (annotation != null) {
				String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
				accepted.add(name.isEmpty() ? String.valueOf(parameter.getParameterName()) : name);
			}
		}
		return java.util.Collections.unmodifiableSet(accepted);
	}

}
