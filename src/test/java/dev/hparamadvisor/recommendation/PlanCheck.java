package dev.hparamadvisor.recommendation;

import dev.hparamadvisor.catalogue.Task;
import dev.hparamadvisor.estimation.Fit;
import dev.hparamadvisor.estimation.FitCheck;
import dev.hparamadvisor.estimation.LoraAdapters;
import dev.hparamadvisor.estimation.MemoryBreakdown;
import dev.hparamadvisor.estimation.MemoryEstimate;
import dev.hparamadvisor.estimation.MemoryEstimator;
import dev.hparamadvisor.catalogue.Method;
import dev.hparamadvisor.estimation.Optimizer;
import dev.hparamadvisor.estimation.Precision;
import dev.hparamadvisor.estimation.TrainingPlan;

/**
 * Rebuilds the training plan a response describes, from its plan and configuration only,
 * and checks it with the estimator independently of the recommender.
 */
final class PlanCheck {

	private PlanCheck() {
	}

	static TrainingPlan plan(RecommendResponse response, int microExamples) {
		Plan plan = response.plan();
		Method method = Method.valueOf(response.validationContext().method().name());
		int perExample = (response.validationContext().task() == Task.PREFERENCE) ? 2 : 1;
		Object rank = response.configuration().get("lora_r");
		LoraAdapters lora = (rank != null) ? LoraAdapters.allLinear(((Number) rank).intValue()) : null;
		return new TrainingPlan(response.scenario().architecture(), method,
				(method == Method.FULL) ? Precision.MIXED : Precision.BF16,
				plan.optimizer().equals("adamw_8bit") ? Optimizer.ADAMW_8BIT : Optimizer.ADAMW,
				microExamples * perExample, plan.sequenceLength(), plan.gradientCheckpointing(), lora, plan.numGpus());
	}

	/**
	 * The fit of the plan as described, on the GPU it names, with a DPO reference model
	 * when full.
	 */
	static Fit fit(RecommendResponse response, int microExamples) {
		TrainingPlan plan = plan(response, microExamples);
		MemoryEstimate estimate = new MemoryEstimator().estimate(plan);
		double reference = (response.validationContext().task() == Task.PREFERENCE && plan.method() == Method.FULL)
				? 2.0 * plan.architecture().parameters() : 0;
		MemoryBreakdown b = estimate.breakdown();
		MemoryEstimate withReference = new MemoryEstimate(estimate.peakBytes() + reference,
				new MemoryBreakdown(b.weights() + reference, b.gradients(), b.optimizerStates(), b.activations(),
						b.logitsAndLoss(), b.frameworkOverhead()),
				estimate.peakPhase(), estimate.parameters(), estimate.trainableParameters(), estimate.method());
		return new FitCheck().check(withReference, response.plan().memory().gpuMemoryGib());
	}

}
