package dev.hparamadvisor.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

/**
 * The catalogue bundled with the service, loaded once for tests of other packages too.
 */
public final class BundledCatalogue {

	private static Catalogue catalogue;

	private BundledCatalogue() {
	}

	public static synchronized Catalogue get() {
		if (catalogue == null) {
			ClassPathResource resource = new ClassPathResource("catalogue/hyperparameters.yaml");
			try {
				catalogue = new CatalogueLoader().load(resource.getInputStream(), resource.getDescription());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return catalogue;
	}

}
