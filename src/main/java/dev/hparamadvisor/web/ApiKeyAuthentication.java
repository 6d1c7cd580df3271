package dev.hparamadvisor.web;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Authenticates an API key: the tenant whose key it is becomes the principal's name, and
 * the key is dropped from the authenticated token.
 */
class ApiKeyAuthentication implements AuthenticationProvider {

	private final List<ApiKeys.Entry> entries;

	ApiKeyAuthentication(ApiKeys keys) {
		this.entries = keys.entries();
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String key = String.valueOf(authentication.getCredentials());
		String tenant = ApiKeys.tenantOf(this.entries, key)
			.orElseThrow(() -> new BadCredentialsException("Unknown API key"));
		return Token.authenticated(tenant);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return Token.class.isAssignableFrom(authentication);
	}

	/** An API key before authentication, the tenant after. */
	static final class Token extends AbstractAuthenticationToken {

		private final String tenant;

		private final transient String key;

		private Token(String tenant, String key, boolean authenticated) {
			super(authenticated ? AuthorityUtils.createAuthorityList("ROLE_TENANT") : AuthorityUtils.NO_AUTHORITIES);
			this.tenant = tenant;
			this.key = key;
			setAuthenticated(authenticated);
		}

		static Token unauthenticated(String key) {
			return new Token("", key, false);
		}

		static Token authenticated(String tenant) {
			return new Token(tenant, "", true);
		}

		@Override
		public Object getCredentials() {
			return this.key;
		}

		@Override
		public Object getPrincipal() {
			return this.tenant;
		}

		@Override
		public String getName() {
			return this.tenant;
		}

		@Override
		public String toString() {
			return "ApiKeyToken[tenant=" + this.tenant + ", authenticated=" + isAuthenticated() + "]";
		}

	}

}
