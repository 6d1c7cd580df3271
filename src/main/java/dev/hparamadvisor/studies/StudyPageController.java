package dev.hparamadvisor.studies;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /studies/{id}}: the page for people, static HTML whose script reads the same
 * JSON API as workers do. The page itself is open; with API keys configured it asks for
 * one and sends it as a header.
 */
@Controller
class StudyPageController {

	private static final Resource PAGE = new ClassPathResource("static/studies-page/study.html");

	@GetMapping(path = { "/studies/{id}", "/studies" }, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
	}

}
