package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.system.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReferralController {

  private final ReferralService referrals;
  private final Access access;

  ReferralController(ReferralService referrals, Access access) {
    this.referrals = referrals;
    this.access = access;
  }

  /** What the API answers about a referral. */
  record ReferralCreated(String reference, String driveReference, Long candidateId, ReferralStatus status) {
  }

  /** A referral as its structure, the drive's employer and the PCPE see it. */
  record ReferralView(String reference, String driveReference, String structure, String candidateName,
      ReferralStatus status, RefusalReason outcomeReason) {
  }

  @Operation(summary = "A referral: for its structure, the drive's employer and PCPE staff; 404 for anybody else")
  @GetMapping("/api/referrals/{reference}")
  ReferralView referral(@PathVariable String reference) {
    Referral referral = referrals.visibleTo(reference, access.user());
    return new ReferralView(referral.getReference(), referral.getDrive().getReference(),
        referral.getStructure().getName(),
        referral.getCandidate().fullName(),
        referral.getStatus(), referral.getOutcomeReason());
  }

  /** Why a structure withdraws its candidate (optional). */
  record WithdrawalRequest(@Size(max = 1000, message = "{referral.comment.tooLong}") String comment) {
  }

  @Operation(summary = "The referring structure withdraws its candidate; 404 for anybody else, 409 once closed")
  @PostMapping("/api/referrals/{reference}/withdrawal")
  ReferralView withdraw(@PathVariable String reference, @Valid @RequestBody(required = false) WithdrawalRequest request) {
    referrals.withdraw(reference, access.user(), request == null ? null : request.comment());
    return referral(reference);
  }

  @Operation(summary = "Refer one of the caller's structure's candidates to an open drive")
  @ApiResponse(responseCode = "201", description = "referred; a candidateReferral instance runs")
  @ApiResponse(responseCode = "400", description = "invalid request: each bad field is named")
  @ApiResponse(responseCode = "404", description = "unknown drive, or candidate not followed by the caller's structure")
  @ApiResponse(responseCode = "409", description = "candidate already referred to this drive, or drive not open")
  @PostMapping("/api/drives/{reference}/referrals")
  @ResponseStatus(HttpStatus.CREATED)
  ReferralCreated refer(@PathVariable String reference, @Valid @RequestBody ReferralRequest request) {
    Referral referral = referrals.refer(reference, request.candidateId(), request.comment(), access.user());
    return new ReferralCreated(referral.getReference(), reference, request.candidateId(), referral.getStatus());
  }
}
