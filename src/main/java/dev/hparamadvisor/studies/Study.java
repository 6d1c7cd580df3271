package dev.hparamadvisor.studies;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A study as stored: the aggregate root of its trials, which refer to it by id.
 *
 * @param id a random UUID
 * @param tenant who created it; nobody else sees it
 * @param name a name for people
 * @param design the resolved {@link StudyDesign}, as JSON
 * @param maxTrials trials in all, expired ones not counted
 * @param maxParallel trials running at once
 * @param nextNumber the number the next trial gets
 * @param createdAt when it was created
 * @param version optimistic lock; {@code null} before the first save
 */
record Study(@Id String id, String tenant, String name, String design, int maxTrials, int maxParallel, int nextNumber,
		Instant createdAt, @Version @Nullable Long version) {

	Study withNextNumber(int next) {
		return new Study(this.id, this.tenant, this.name, this.design, this.maxTrials, this.maxParallel, next,
				this.createdAt, this.version);
	}

}
