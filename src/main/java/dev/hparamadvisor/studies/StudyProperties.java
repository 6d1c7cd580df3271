package dev.hparamadvisor.studies;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the studies.
 *
 * @param lease how long a trial stays running without a heartbeat, report or completion
 * before it expires and its parameters are offered again; a worker heartbeats well within
 * it (every minute or so for the default)
 */
@ConfigurationProperties("hparam-advisor.studies")
record StudyProperties(@DefaultValue("10m") Duration lease) {
}
