package dev.hparamadvisor.studies;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hparamadvisor.studies.sampling.SamplerKind;

/** The sampler a study names, as JSON spells it. */
public enum StudySampler {

	/**
	 * TPE with the advice as prior; the first trial of a study with a scenario is the
	 * recommendation.
	 */
	@JsonProperty("advised")
	ADVISED(SamplerKind.ADVISED),

	/** TPE from a flat prior. */
	@JsonProperty("tpe")
	TPE(SamplerKind.TPE),

	/** Independent uniform draws (log-uniform on log dimensions). */
	@JsonProperty("random")
	RANDOM(SamplerKind.RANDOM);

	private final SamplerKind kind;

	StudySampler(SamplerKind kind) {
		this.kind = kind;
	}

	SamplerKind kind() {
		return this.kind;
	}

	String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
