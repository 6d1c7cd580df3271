package dev.hparamadvisor.studies.sampling;

/** The samplers a study may name. */
public enum SamplerKind {

	/** Tree-structured Parzen estimation with the advice as prior (the default). */
	ADVISED,
	/** Tree-structured Parzen estimation from a flat prior, for comparison. */
	TPE,
	/** Independent uniform draws (log-uniform on log dimensions). */
	RANDOM

}
