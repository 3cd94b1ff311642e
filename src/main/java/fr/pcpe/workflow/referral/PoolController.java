package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.system.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PoolController {

  private final CandidatePool pool;
  private final Access access;
  private final Clock clock;

  PoolController(CandidatePool pool, Access access, Clock clock) {
    this.pool = pool;
    this.access = access;
    this.clock = clock;
  }

  @Operation(summary = "The pool of suitable candidates not hired, by drive, ROME code and structure (PCPE staff: all; a structure: its own)")
  @GetMapping("/api/pool")
  CandidatePool.Listing list(@RequestParam(required = false) String drive, @RequestParam(required = false) String rome,
      @RequestParam(required = false) String structure) {
    return pool.list(access.user(), drive, rome, structure, clock.getZone());
  }

  /** The drive a pooled candidate is referred to. */
  record PoolReferralRequest(
      @NotBlank(message = "{pool.drive.required}") @Size(max = 20, message = "{pool.drive.required}") String driveReference,
      @Size(max = 1000, message = "{referral.comment.tooLong}") String comment) {
  }

  @Operation(summary = "Refer a pooled candidate to an open drive in one step, in the caller's name")
  @ApiResponse(responseCode = "201", description = "referred; a candidateReferral instance runs")
  @ApiResponse(responseCode = "404", description = "no such pool entry for the caller, or unknown drive")
  @ApiResponse(responseCode = "409", description = "drive not open, or candidate already referred to it")
  @PostMapping("/api/pool/{reference}/referrals")
  @ResponseStatus(HttpStatus.CREATED)
  ReferralController.ReferralCreated refer(@PathVariable String reference, @Valid @RequestBody PoolReferralRequest request) {
    Referral referral = pool.refer(reference, request.driveReference(), request.comment(), access.user());
    return new ReferralController.ReferralCreated(referral.getReference(), request.driveReference(),
        referral.getCandidate().getId(), referral.getStatus());
  }
}
