package dev.hparamadvisor.studies;

import java.util.List;
import java.util.Map;

import dev.hparamadvisor.RequestProblem;

/**
 * No study with that id belongs to the caller's tenant, or the study has no trial of that
 * number. Another tenant's study is answered exactly as one that does not exist.
 */
class UnknownStudy extends RequestProblem {

	/** The problem type. */
	static final String TYPE = "unknown-study";

	private UnknownStudy(String detail) {
		super(TYPE, detail, List.of(), Map.of());
	}

	static UnknownStudy study(String id) {
		return new UnknownStudy("No study '" + shorten(id) + "'.");
	}

	static UnknownStudy trial(String id, int number) {
		return new UnknownStudy("Study '" + shorten(id) + "' has no trial " + number + ".");
	}

	static UnknownStudy noBest(String id) {
		return new UnknownStudy("Study '" + shorten(id) + "' has no completed trial yet, so no best configuration.");
	}

	private static String shorten(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "..." : text;
	}

}
