package dev.hparamadvisor.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the catalogue is loaded from.
 *
 * @param location the YAML resource; the bundled one unless overridden
 */
@ConfigurationProperties("hparam-advisor.catalogue")
public record CatalogueProperties(@DefaultValue("classpath:catalogue/hyperparameters.yaml") Resource location) {

}
