package dev.hparamadvisor.web;

import java.io.IOException;

/**
 * A request body went past the configured limit while it was read.
 */
class BodyTooLargeException extends IOException {

	/**
	 * The body is over a limit.
	 * @param limit the limit in bytes
	 * @param property the setting that holds it ({@code max-body-bytes} or
	 * {@code max-log-bytes})
	 */
	BodyTooLargeException(long limit, String property) {
		super("The request body is larger than the limit of " + limit + " bytes (hparam-advisor.limits." + property
				+ ").");
	}

}
