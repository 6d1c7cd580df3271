package dev.hparamadvisor.diagnosis;

import dev.hparamadvisor.RequestProblem;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hparamadvisor.dialect.DialectReader;
import dev.hparamadvisor.dialect.UnreadableConfiguration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Diagnoses a training run from its log: what went wrong, where, and which hyperparameter
 * to change. Reads the log once, runs every rule, and merges the suggestions into a
 * configuration; draws the run as an SVG chart on request.
 */
@Component
public class Diagnosis {

	private static final List<Rule> RULES = List.of(new NonFiniteLossRule(), new DivergenceRule(), new LossSpikeRule(),
			new GradNormSpikeRule(), new OverfittingRule(), new PlateauRule(), new ClippingRule(), new ScheduleRule(),
			new EarlyStoppingRule(), new EvaluationRule(), new OddEntriesRule());

	private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparing((finding) -> finding.steps().from())
		.thenComparing(Finding::code);

	private final LogReading reading;

	private final DialectReader dialects;

	private final Validator validator;

	public Diagnosis(DiagnosisLimits limits, DialectReader dialects, Validator validator) {
		this.reading = new LogReading(limits.maxLogBytes().toBytes());
		this.dialects = dialects;
		this.validator = validator;
	}

	/**
	 * Diagnoses a request body: a log in any supported format, or the envelope around
	 * one.
	 * @param body the body, read once
	 * @param format the log's format, or null to detect it
	 * @throws UnreadableLog when the body is not a log
	 */
	public DiagnosisReport diagnose(InputStream body, @Nullable LogFormat format) {
		return report(run(body, format));
	}

	/** The run drawn as an SVG chart with its findings. */
	public String chart(InputStream body, @Nullable LogFormat format) {
		Run run = run(body, format);
		return new LossChart(run, report(run)).svg();
	}

	Run run(InputStream body, @Nullable LogFormat format) {
		LogRequest request = this.reading.read(body, format);
		Set<ConstraintViolation<DiagnosisContext>> violations = this.validator.validate(request.context());
		if (!violations.isEmpty()) {
			throw UnreadableLog.badEnvelope(violations.stream()
				.map((v) -> new RequestProblem.FieldProblem("/context/" + snake(v.getPropertyPath().toString()),
						v.getMessage()))
				.sorted(Comparator.comparing(RequestProblem.FieldProblem::pointer))
				.toList());
		}
		RunConfiguration configuration;
		try {
			configuration = RunConfiguration.read(request.configuration(), this.dialects);
		}
		catch (UnreadableConfiguration ex) {
			throw UnreadableLog.badEnvelope(
					List.of(new RequestProblem.FieldProblem("/configuration", String.valueOf(ex.getMessage()))));
		}
		return new Run(request.log(), configuration, request.context());
	}

	DiagnosisReport report(Run run) {
		List<Finding> findings = new ArrayList<>();
		RULES.forEach((rule) -> rule.check(run, findings));
		findings.sort(ORDER);
		RunLog log = run.log;
		DiagnosisReport.RunSummary summary = new DiagnosisReport.RunSummary(log.format(), log.entries(),
				log.train().size, log.evals().size(), log.lastStep(), log.metrics());
		return new DiagnosisReport(summary, DiagnosisReport.Summary.of(findings), best(run), findings,
				suggestedConfiguration(run, findings));
	}

	private static @Nullable Best best(Run run) {
		int best = run.bestEval();
		if (best < 0 || run.metric == null) {
			return null;
		}
		long step = run.evalSteps[best];
		FileFacts facts = run.log.facts();
		Long fileStep = FileFacts.checkpointStep(facts.bestModelCheckpoint());
		if (fileStep == null && facts.bestGlobalStep() != null) {
			fileStep = facts.bestGlobalStep().longValue();
		}
		return new Best(run.metric, run.greaterIsBetter ? "maximize" : "minimize", step, run.evalValues[best],
				"checkpoint-" + step, facts.bestModelCheckpoint(), (fileStep != null) ? fileStep == step : null);
	}

	private static Map<String, Object> suggestedConfiguration(Run run, List<Finding> findings) {
		Map<String, Object> configuration = new LinkedHashMap<>();
		run.configuration.values().forEach((name, value) -> configuration.put(name, RunConfiguration.plain(value)));
		Set<String> changed = new java.util.HashSet<>();
		for (Finding finding : findings) {
			for (Suggestion suggestion : finding.suggestions()) {
				if (changed.add(suggestion.parameter())) {
					configuration.put(suggestion.parameter(), suggestion.value());
				}
			}
		}
		return configuration;
	}

	private static String snake(String property) {
		return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

}
