package dev.hparamadvisor.web;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.web.ErrorResponseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Explains each problem type at its {@code type} URI, so a client that meets one can read
 * what it means.
 */
@RestController
class ProblemTypeController {

	@GetMapping(path = "/problems", produces = "application/json")
	List<Description> all() {
		return Arrays.stream(ProblemType.values()).map(Description::of).toList();
	}

	@GetMapping(path = "/problems/{slug}", produces = "application/json")
	Description one(@PathVariable String slug) {
		return ProblemType.bySlug(slug)
			.map(Description::of)
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
					Problems.of(ProblemType.NOT_FOUND, "No problem type is named '" + Problems.shorten(slug) + "'."),
					null));
	}

	record Description(@JsonProperty("type") String type, @JsonProperty("title") String title,
			@JsonProperty("status") int status, @JsonProperty("description") String description) {

		static Description of(ProblemType type) {
			return new Description(type.uri().toString(), type.title(), type.status().value(), type.description());
		}

	}

}
