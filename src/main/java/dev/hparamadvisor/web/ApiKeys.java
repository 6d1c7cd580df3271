package dev.hparamadvisor.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API keys that open {@code /v1/studies}, each of a tenant, as {@code tenant:key}
 * entries: {@code HPARAMADVISOR_SECURITY_APIKEYS=team-a:<key>,team-b:<key>} from the
 * environment, or a mounted Secret through {@code spring.config.import=configtree:...}.
 * Never in the image. Only SHA-256 digests of the keys are kept, compared in constant
 * time; a key is never logged or shown, not even in the error for a malformed entry.
 *
 * @param apiKeys the entries; none leaves the studies open to a single tenant,
 * {@code default}
 */
@ConfigurationProperties("hparam-advisor.security")
record ApiKeys(@DefaultValue List<String> apiKeys) {

	/** Keys shorter than this are refused at start-up: they could be guessed. */
	static final int MIN_KEY_LENGTH = 16;

	private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9._-]{1,100}");

	ApiKeys {
		apiKeys = List.copyOf(apiKeys);
	}

	boolean configured() {
		return !this.apiKeys.isEmpty();
	}

	/** The entries, checked, with their keys as digests. */
	List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < this.apiKeys.size(); i++) {
			String entry = this.apiKeys.get(i).strip();
			int colon = entry.indexOf(':');
			String tenant = (colon > 0) ? entry.substring(0, colon) : "";
			String key = (colon > 0) ? entry.substring(colon + 1) : "";
			if (!TENANT.matcher(tenant).matches() || key.length() < MIN_KEY_LENGTH) {
				throw new IllegalStateException(
						"hparam-advisor.security.api-keys[" + i + "] is not 'tenant:key' with a "
								+ "tenant of letters, digits, '.', '_' or '-' and a key of at least " + MIN_KEY_LENGTH
								+ " characters (the entry is not shown: it holds a key)");
			}
			entries.add(new Entry(tenant, digest(key)));
		}
		return entries;
	}

	/** The tenant whose key this is. */
	static Optional<String> tenantOf(List<Entry> entries, String key) {
		byte[] given = digest(key);
		String found = null;
		for (Entry entry : entries) {
			// every entry is compared, so the time taken says nothing about which matched
			if (MessageDigest.isEqual(entry.digest(), given) && found == null) {
				found = entry.tenant();
			}
		}
		return Optional.ofNullable(found);
	}

	static byte[] digest(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	record Entry(String tenant, byte[] digest) {
	}

}
