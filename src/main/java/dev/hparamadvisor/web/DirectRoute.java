package dev.hparamadvisor.web;

import org.jspecify.annotations.Nullable;

/**
 * A {@code POST} endpoint whose plain JSON requests {@link DirectJsonFilter} answers
 * without Spring MVC's dispatch.
 *
 * @param path the exact request path, such as {@code /v1/validate}
 * @param handler the endpoint's work on the body
 */
record DirectRoute(String path, Handler handler) {

	/**
	 * The endpoint's work on a JSON body: the object to answer with, or {@code null} when
	 * the request is not one it answers directly (for example when Bean Validation finds
	 * a violation). A {@code null} or an exception hands the request to Spring MVC, which
	 * then gives the answer, problem details included.
	 */
	@FunctionalInterface
	interface Handler {

		@Nullable Object answer(byte[] body);

	}

}
