package dev.hparamadvisor.studies;

import java.time.Clock;

import dev.hparamadvisor.catalogue.Catalogue;
import dev.hparamadvisor.dialect.DialectWriter;
import dev.hparamadvisor.recommendation.Recommender;
import dev.hparamadvisor.recommendation.ToolConfigurations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The studies' capabilities, built from the catalogue, the recommender and the data
 * source. Time comes from the {@link Clock} bean, so that tests move it instead of
 * sleeping.
 */
@Configuration(proxyBeanMethods = false)
class StudiesConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	TrialLedger trialLedger(JdbcClient jdbc) {
		return new TrialLedger(jdbc);
	}

	@Bean
	Studies studies(StudyRepository studies, TrialRepository trials, Catalogue catalogue, Recommender recommender,
			Clock clock) {
		return new Studies(studies, trials, new StudyDesigner(catalogue, recommender), clock);
	}

	@Bean
	TrialAsking trialAsking(StudyRepository studies, TrialRepository trials, TrialLedger ledger, Clock clock,
			StudyProperties properties) {
		return new TrialAsking(studies, trials, ledger, clock, properties);
	}

	@Bean
	TrialReporting trialReporting(StudyRepository studies, TrialRepository trials, TrialLedger ledger, Clock clock,
			StudyProperties properties) {
		return new TrialReporting(studies, trials, ledger, clock, properties);
	}

	@Bean
	BestConfigurations bestConfigurations(Recommender recommender, ToolConfigurations tools, Catalogue catalogue) {
		return new BestConfigurations(recommender, tools, new DialectWriter(catalogue));
	}

}
