package dev.hparamadvisor.diagnosis;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The diagnosis's settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DiagnosisLimits.class)
class DiagnosisConfiguration {

}
