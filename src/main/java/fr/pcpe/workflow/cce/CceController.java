package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.system.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CceController {

  private final CceService cces;
  private final Access access;

  CceController(CceService cces, Access access) {
    this.cces = cces;
    this.access = access;
  }

  /** With {@code contactConsent}, the person agrees to be written to (the invitation, a reminder, the question). */
  record InvitationRequest(@NotNull(message = "{referral.candidateId.required}") Long candidateId, boolean contactConsent) {
  }

  record InvitationView(Long id, String cce, Long candidateId) {
  }

  @Operation(summary = "Invite a candidate to a CCE: a structure its own candidates, PCPE staff anyone's;"
      + " with contactConsent, the candidate's agreement to be written to is recorded and they get the invitation")
  @PostMapping("/api/cce/{reference}/invitations")
  @ResponseStatus(HttpStatus.CREATED)
  InvitationView invite(@PathVariable String reference, @Valid @RequestBody InvitationRequest request) {
    CceInvitation invitation = cces.invite(reference, request.candidateId(), request.contactConsent(), access.user());
    return new InvitationView(invitation.getId(), reference, request.candidateId());
  }
}
