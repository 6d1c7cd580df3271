package dev.hparamadvisor.studies;

import java.security.Principal;

import org.jspecify.annotations.Nullable;

/**
 * The tenant a request acts for: the name of the authenticated principal (the web layer
 * authenticates API keys, each of a tenant), or {@value #DEFAULT} when studies are open.
 */
final class Tenants {

	/** The tenant of every study when no API keys are configured. */
	static final String DEFAULT = "default";

	private Tenants() {
	}

	static String of(@Nullable Principal principal) {
		return (principal != null && !principal.getName().isBlank()) ? principal.getName() : DEFAULT;
	}

}
