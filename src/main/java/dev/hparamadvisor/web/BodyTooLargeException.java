package dev.hparamadvisor.web;

import java.io.IOException;

/**
 * A request body went past the configured limit while it was read.
 */
class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit
				+ " bytes (hparam-advisor.limits.max-body-bytes).");
	}

}
