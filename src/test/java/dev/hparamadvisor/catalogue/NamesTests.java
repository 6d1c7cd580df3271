package dev.hparamadvisor.catalogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One normal form for catalogue names and tools' key paths, and one test of whether an
 * unknown name looks like a hyperparameter.
 */
class NamesTests {

	@ParameterizedTest
	@CsvSource({ "learning_rate, learning_rate", "Learning-Rate, learning_rate", "learningRate, learning_rate",
			"--max-grad-norm, max_grad_norm", "' lr ', lr", "optimizer.betas, optimizer.betas",
			"optimizer.weightDecay, optimizer.weight_decay", "method.dpo.hyperparameters.beta, hyperparameters.beta",
			"method.supervised.hyperparameters.n_epochs, hyperparameters.n_epochs", "Warmup Ratio, warmup_ratio" })
	void normalizesNamesAndKeyPathsAlike(String name, String normal) {
		assertThat(Names.normalize(name)).isEqualTo(normal);
	}

	@ParameterizedTest
	@CsvSource({ "learnin_rate, true", "torch_empty_cache_steps, true", "trl.my_temperature, true", "adam_beta3, true",
			"output_dir, false", "generate_samples, false", "early_stopping, false", "model_name_or_path, false",
			"datasets.path, false" })
	void looksLikeAHyperparameterByItsWords(String name, boolean looks) {
		assertThat(Names.looksLikeHyperparameter(name)).isEqualTo(looks);
	}

}
