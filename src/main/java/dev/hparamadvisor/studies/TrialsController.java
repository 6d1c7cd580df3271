package dev.hparamadvisor.studies;

import java.net.URI;
import java.security.Principal;

import dev.hparamadvisor.studies.TrialAsking.Asked;
import dev.hparamadvisor.studies.TrialRequests.Ask;
import dev.hparamadvisor.studies.TrialRequests.Complete;
import dev.hparamadvisor.studies.TrialRequests.Decision;
import dev.hparamadvisor.studies.TrialRequests.Report;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/studies/{id}/trials}: a worker asks for a trial, heartbeats, reports
 * intermediate values to the pruner and completes it.
 */
@RestController
@Tag(name = "studies")
@ApiResponse(responseCode = "404", description = "No such study or trial for the caller",
		content = @Content(mediaType = "application/problem+json",
				examples = @ExampleObject(name = "unknown", value = StudyExamples.UNKNOWN)))
class TrialsController {

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final String PROBLEM = "application/problem+json";

	private static final String TRIAL = "/v1/studies/{id}/trials/{number}";

	private final TrialAsking asking;

	private final TrialReporting reporting;

	TrialsController(TrialAsking asking, TrialReporting reporting) {
		this.asking = asking;
		this.reporting = reporting;
	}

	@PostMapping(path = "/v1/studies/{id}/trials", produces = JSON)
	@Operation(operationId = "askTrial", summary = "Ask for a trial to run",
			description = "The next point of the study, with every value ready to run, and a lease to renew with "
					+ "heartbeats. With the same Idempotency-Key, the same trial again (200). The first trial of an "
					+ "advised study with a scenario is the recommendation itself; an expired trial's parameters "
					+ "are offered once more before new ones.")
	@ApiResponse(responseCode = "201", description = "A new trial",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TrialView.class),
					examples = @ExampleObject(name = "first-trial", value = StudyExamples.TRIAL)))
	@ApiResponse(responseCode = "200", description = "The trial an earlier ask with this Idempotency-Key got",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TrialView.class)))
	@ApiResponse(responseCode = "409", description = "No trial now: budget_spent or max_parallel",
			content = @Content(mediaType = PROBLEM,
					examples = @ExampleObject(name = "max-parallel", value = StudyExamples.NO_TRIAL)))
	ResponseEntity<TrialView> ask(@PathVariable String id, @RequestBody(required = false) @Valid @Nullable Ask body,
			@Parameter(
					description = "Makes a retried ask return the same trial; unique within the study") @RequestHeader(
							name = "Idempotency-Key", required = false) @Size(min = 1, max = 200) @Nullable String key,
			@Nullable Principal principal) {
		Asked asked = this.asking.ask(Tenants.of(principal), id, (body != null) ? body.worker() : null, key);
		return ResponseEntity.status(asked.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/v1/studies/" + id + "/trials/" + asked.trial().number()))
			.body(asked.trial());
	}

	@PostMapping(path = TRIAL + "/heartbeat", produces = JSON)
	@Operation(operationId = "heartbeatTrial", summary = "Renew a running trial's lease")
	@ApiResponse(responseCode = "200", description = "The trial with its new lease",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TrialView.class)))
	@ApiResponse(responseCode = "409", description = "The trial is no longer running",
			content = @Content(mediaType = PROBLEM,
					examples = @ExampleObject(name = "finished", value = StudyExamples.CONFLICT)))
	TrialView heartbeat(@PathVariable String id, @PathVariable int number, @Nullable Principal principal) {
		return this.reporting.heartbeat(Tenants.of(principal), id, number);
	}

	@PostMapping(path = TRIAL + "/reports", consumes = JSON, produces = JSON)
	@Operation(operationId = "reportTrial", summary = "Report an intermediate value; the pruner answers",
			description = "Also renews the lease. The answer is continue or prune, with the numbers compared; a "
					+ "pruned trial ends with its last report as its value.")
	@ApiResponse(responseCode = "200", description = "The pruner's decision",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = Decision.class),
					examples = @ExampleObject(name = "continue", value = """
							{"decision": "continue", "reason": "Median rule: best value so far 1.93 against the \
							median 2.05 of 6 completed trials at step 200 (not worse)."}""")))
	@ApiResponse(responseCode = "409",
			description = "The trial is no longer running, or the step was reported " + "with another value",
			content = @Content(mediaType = PROBLEM))
	Decision report(@PathVariable String id, @PathVariable int number, @Valid @RequestBody Report body,
			@Nullable Principal principal) {
		return this.reporting.report(Tenants.of(principal), id, number, body.step(), body.value());
	}

	@PostMapping(path = TRIAL + "/complete", consumes = JSON, produces = JSON)
	@Operation(operationId = "completeTrial", summary = "Complete a trial with its value, or fail it",
			description = "`{\"value\": 1.41}` or `{\"state\": \"FAILED\", \"reason\": \"CUDA out of memory\"}`. "
					+ "A failure that names memory marks the region infeasible for the sampler. The same "
					+ "completion again is accepted (200); another value is a conflict (409).")
	@ApiResponse(responseCode = "200", description = "The trial as it ended",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TrialView.class)))
	@ApiResponse(responseCode = "409", description = "The trial has ended otherwise or expired",
			content = @Content(mediaType = PROBLEM,
					examples = @ExampleObject(name = "other-value", value = StudyExamples.CONFLICT)))
	TrialView complete(@PathVariable String id, @PathVariable int number, @Valid @RequestBody Complete body,
			@Nullable Principal principal) {
		return this.reporting.complete(Tenants.of(principal), id, number, body);
	}

}
