package dev.hparamadvisor.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.hparamadvisor.validation.Configurations.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SamplingShapeRuleTests {

	private final Rule rule = new SamplingShapeRule();

	@Test
	void topKOfOneIsGreedy() {
		List<Finding> findings = this.rule.check(of(Map.of("temperature", 0.7, "top_k", 1)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("top_k", Severity.INFO, ValidationCodes.GREEDY_IN_DISGUISE));
		assertThat(findings.get(0).related()).containsExactly("temperature");
	}

	@Test
	void aTinyTopPOrAHugeMinPIsGreedy() {
		assertThat(this.rule.check(of(Map.of("top_p", 0.01)))).extracting(Finding::parameter, Finding::code)
			.containsExactly(tuple("top_p", ValidationCodes.GREEDY_IN_DISGUISE));
		assertThat(this.rule.check(of(Map.of("min_p", 0.99)))).extracting(Finding::parameter, Finding::code)
			.containsExactly(tuple("min_p", ValidationCodes.GREEDY_IN_DISGUISE));
	}

	@Test
	void narrowButNotSingleCandidatesAreNotGreedy() {
		assertThat(this.rule.check(of(Map.of("top_k", 2)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("top_p", 0.02)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("min_p", 0.98)))).isEmpty();
	}

	@Test
	void temperatureAndTopPTogetherArePointedOut() {
		List<Finding> findings = this.rule.check(of(Map.of("temperature", 0.7, "top_p", 0.9)));
		assertThat(findings).extracting(Finding::parameter, Finding::severity, Finding::code)
			.containsExactly(tuple("top_p", Severity.INFO, ValidationCodes.TEMPERATURE_AND_TOP_P_BOTH_SET));
		assertThat(findings.get(0).related()).containsExactly("temperature");
	}

	@Test
	void oneOfTheTwoAloneSaysNothing() {
		assertThat(this.rule.check(of(Map.of("temperature", 1.0, "top_p", 0.9)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("temperature", 0.7)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("temperature", 0.7, "top_p", 1.0)))).isEmpty();
	}

	@Test
	void greedyDecodingIsLeftToTheGreedyRule() {
		assertThat(this.rule.check(of(Map.of("temperature", 0, "top_k", 1, "top_p", 0.9)))).isEmpty();
		assertThat(this.rule.check(of(Map.of("do_sample", false, "top_k", 1)))).isEmpty();
	}

	@Test
	void aDisguisedGreedyIsTheOnlyFinding() {
		assertThat(this.rule.check(of(Map.of("temperature", 0.7, "top_k", 1, "top_p", 0.9)))).extracting(Finding::code)
			.containsExactly(ValidationCodes.GREEDY_IN_DISGUISE);
	}

}
