package dev.hparamadvisor.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A value with a special meaning in some tools, such as top-k 0 for "disabled".
 *
 * @param value the special value
 * @param meaning what tools take it to mean
 * @param sources where that meaning is defined
 */
public record Sentinel(@JsonProperty("value") double value, @JsonProperty("meaning") String meaning,
		@JsonProperty("sources") List<String> sources) {

	public Sentinel {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

}
