package dev.hparamadvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * hparam-advisor: advises ML platforms on the hyperparameters of fine-tuning and running
 * large language models.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HparamAdvisor {

	public static void main(String[] args) {
		SpringApplication.run(HparamAdvisor.class, args);
	}

}
