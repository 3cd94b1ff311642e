package fr.pcpe.workflow.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A structure refers one of its candidates to a drive. */
record ReferralRequest(
    @NotNull(message = "{referral.candidateId.required}") Long candidateId,
    @Size(max = 1000, message = "{referral.comment.tooLong}") String comment) {
}
