package floor;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a JSON body into a map and answers a tiny object: what any Spring Boot endpoint
 * costs before it does any work.
 */
@SpringBootApplication
@RestController
public class EchoFloor {

	public static void main(String[] args) {
		SpringApplication.run(EchoFloor.class, args);
	}

	@PostMapping("/echo")
	Map<String, Object> echo(@RequestBody Map<String, Object> body) {
		return Map.of("keys", body.size());
	}

}
