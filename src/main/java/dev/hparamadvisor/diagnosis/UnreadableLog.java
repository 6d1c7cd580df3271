package dev.hparamadvisor.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.hparamadvisor.RequestProblem;

/**
 * A body {@code POST /v1/diagnose} cannot diagnose: not a log, a truncated one, one with
 * no step or loss anywhere, or a bad envelope (the web layer's body filter answers a log
 * over the size limit). It carries a problem type slug (one of the two below), a detail
 * saying what was expected, and field errors. The web layer answers it with the problem
 * type its slug names.
 */
public class UnreadableLog extends RequestProblem {

	/** The log cannot be read as a run's log. */
	public static final String INVALID_LOG = "invalid-log";

	/** The envelope around the log is not acceptable. */
	public static final String INVALID_REQUEST = "invalid-request";

	/** The slug it usually carries. */
	public static final String TYPE = INVALID_LOG;

	/** Every slug it can carry. */
	public static final List<String> TYPES = List.of(INVALID_LOG, INVALID_REQUEST);

	static final String EXPECTED = "Expected a Hugging Face trainer_state.json (an object with log_history), "
			+ "torchtune metric lines (Step 1 | loss:2.07 lr:2e-05), JSON Lines of metric objects with a step, "
			+ "or CSV with a header row naming step and loss, alone or as \"log\" in {\"log\": ..., "
			+ "\"configuration\": {...}, \"context\": {...}}.";

	UnreadableLog(String slug, String detail, List<FieldProblem> errors) {
		super(slug, detail, errors, Map.of());
	}

	static UnreadableLog invalid(String pointer, String detail) {
		return new UnreadableLog(INVALID_LOG, detail, List.of(new FieldProblem(pointer, detail)));
	}

	static UnreadableLog badEnvelope(List<FieldProblem> errors) {
		String detail = errors.stream().map((e) -> e.pointer() + " " + e.detail()).collect(Collectors.joining("; "));
		return new UnreadableLog(INVALID_REQUEST, detail, errors);
	}

	static UnreadableLog noPoints(LogFormat format, int entries, Map<String, Integer> odd) {
		String seen = (entries == 0) ? "no entries" : entries + " entries, " + odd;
		return invalid("", "No entry has a step with a loss or an evaluation metric (read as " + format.jsonName()
				+ ": " + seen + "). " + EXPECTED);
	}

}
