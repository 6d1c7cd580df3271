package dev.hparamadvisor.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the catalogue: a hyperparameter, its names, its ranges and what it does.
 *
 * @param id canonical snake_case id
 * @param name display name
 * @param aliases the names the same knob has in common tools
 * @param phase when it takes effect
 * @param category its group
 * @param valueType the kind of value
 * @param scale how values compare
 * @param unit the unit of its values, when it has one
 * @param choices the allowed values of a choice hyperparameter
 * @param ebook the source ebook's range
 * @param domain the hard domain of a numeric hyperparameter
 * @param practice ranges seen in practice, by context
 * @param defaultValue the common default
 * @param summary what it is, in a sentence or two
 * @param explanation how it works and interacts, in a paragraph
 * @param effects what raising and lowering it does
 * @param related ids of related hyperparameters
 * @param subParameters knobs that belong to it
 * @param erratum a correction to the ebook, where one is needed
 */
public record Hyperparameter(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("aliases") List<String> aliases, @JsonProperty("phase") Phase phase,
		@JsonProperty("category") Category category, @JsonProperty("value_type") ValueType valueType,
		@JsonProperty("scale") Scale scale, @JsonProperty("unit") @Nullable String unit,
		@JsonProperty("choices") List<Choice> choices, @JsonProperty("ebook") EbookRange ebook,
		@JsonProperty("domain") @Nullable Domain domain, @JsonProperty("practice") List<PracticeRange> practice,
		@JsonProperty("default") DefaultValue defaultValue, @JsonProperty("summary") String summary,
		@JsonProperty("explanation") String explanation, @JsonProperty("effects") Effects effects,
		@JsonProperty("related") List<String> related, @JsonProperty("sub_parameters") List<SubParameter> subParameters,
		@JsonProperty("erratum") @Nullable Erratum erratum) {

	public Hyperparameter {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		choices = (choices != null) ? List.copyOf(choices) : List.of();
		practice = (practice != null) ? List.copyOf(practice) : List.of();
		related = (related != null) ? List.copyOf(related) : List.of();
		subParameters = (subParameters != null) ? List.copyOf(subParameters) : List.of();
	}

	/**
	 * The most specific practice range for a context, if any applies.
	 * @param method the fine-tuning method, if known
	 * @param task the task, if known
	 * @param modelParameters the model size in parameters, if known
	 * @return the matching range with the most constrained context
	 */
	public Optional<PracticeRange> practiceFor(@Nullable Method method, @Nullable Task task,
			@Nullable Double modelParameters) {
		PracticeRange best = null;
		for (PracticeRange range : this.practice) {
			if (range.context().matches(method, task, modelParameters)
					&& (best == null || range.context().specificity() > best.context().specificity())) {
				best = range;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Every numeric practice range that could apply to a run of which only some facts are
	 * known (see {@link PracticeContext#couldMatch}).
	 */
	public List<PracticeRange> practiceThatCouldApply(@Nullable Method method, @Nullable Task task,
			@Nullable Double modelParameters) {
		List<PracticeRange> ranges = new java.util.ArrayList<>();
		for (PracticeRange range : this.practice) {
			if (range.min() != null && range.max() != null
					&& range.context().couldMatch(method, task, modelParameters)) {
				ranges.add(range);
			}
		}
		return ranges;
	}

	/** The choice a name stands for, matching values and aliases case-insensitively. */
	public Optional<Choice> choice(String name) {
		String key = name.trim().toLowerCase(Locale.ROOT);
		for (Choice choice : this.choices) {
			if (choice.value().equalsIgnoreCase(key)) {
				return Optional.of(choice);
			}
			for (String alias : choice.aliases()) {
				if (alias.equalsIgnoreCase(key)) {
					return Optional.of(choice);
				}
			}
		}
		return Optional.empty();
	}

}
