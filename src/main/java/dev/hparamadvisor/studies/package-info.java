/**
 * Tuning studies, ask and tell: a study searches a space of hyperparameters around the
 * recommendation for a scenario; workers ask for a trial, report intermediate values to a
 * pruner and complete it. The capability owns its tables (Flyway, Spring Data JDBC and
 * {@code JdbcClient}), its controllers and its page; it hands out trials in one short
 * transaction holding the study's row lock, so replicas share the database and no JVM
 * lock. It may use {@code recommendation}, {@code catalogue} and {@code dialect}; nothing
 * depends on it.
 */
@NullMarked
package dev.hparamadvisor.studies;

import org.jspecify.annotations.NullMarked;
