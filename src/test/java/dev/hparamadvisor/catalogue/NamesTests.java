package dev.hparamadvisor.catalogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One normal form for catalogue names and tools' key paths, and one test of whether an
 * unknown name looks like a hyperparameter, and which unknown names are slips of a known
 * one.
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

	private static final Map<String, String> KNOWN = Map.ofEntries(Map.entry("learning_rate", "learning_rate"),
			Map.entry("adam_epsilon", "adam_epsilon"), Map.entry("warmup_ratio", "warmup_ratio"),
			Map.entry("temperature", "temperature"), Map.entry("temp", "temperature"), Map.entry("optim", "optimizer"),
			Map.entry("weight_decay", "weight_decay"), Map.entry("per_device_train_batch_size", "batch_size"),
			Map.entry("batch_size", "batch_size"), Map.entry("warmup_steps", "warmup_steps"),
			Map.entry("num_warmup_steps", "warmup_steps"));

	@ParameterizedTest
	@CsvSource({ "adam_epsilion, adam_epsilon", "learnig_rate, learning_rate", "leraning_rate, learning_rate",
			"warmup_ration, warmup_ratio", "weigth_decay, weight_decay", "learning, learning_rate",
			"per_device_batch_size, batch_size", "warmup_step, warmup_steps", "num_warmup_step, warmup_steps" })
	void aSlipOrALeftOutWordIsCloseToTheKnownName(String name, String known) {
		assertThat(Names.closest(name, KNOWN, 3)).startsWith(known);
	}

	@ParameterizedTest
	@CsvSource({ "gkd_temperature", "mtp_dropout_prob", "mtp_weight_decay_strategy", "optimizer_type",
			"code_eval_test_batch_size", "output_dir", "mfu_warmup_steps", "eval_batch_size" })
	void aKnownNameWithWordsAddedIsAnotherSettingNotASlip(String name) {
		assertThat(Names.closest(name, KNOWN, 3)).isEqualTo(List.of());
	}

}
