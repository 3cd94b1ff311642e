package fr.pcpe.workflow.candidate;

import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.system.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/candidates")
class CandidateController {

  private final CandidateRepository candidates;
  private final PartnerStructureService structures;
  private final Access access;
  private final Clock clock;

  CandidateController(CandidateRepository candidates, PartnerStructureService structures,
      Access access, Clock clock) {
    this.candidates = candidates;
    this.structures = structures;
    this.access = access;
    this.clock = clock;
  }

  @Operation(summary = "Register a candidate followed by the caller's structure (consent required)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> register(@Valid @RequestBody CandidateRequest request) {
    String userId = access.user().userId();
    PartnerStructure structure = structures.ofMember(access.user().groupIds());
    Candidate candidate = candidates.save(
        new Candidate(request.firstName().strip(), request.lastName().strip(), structure, clock.instant(),
            userId)
            .contact(request.email(), request.phone(), request.city())
            .followedBy(userId, request.rsaBeneficiary())
            .contactConsent(request.contactConsent() ? clock.instant() : null));
    return Map.of("id", candidate.getId(), "structure", structure.getName());
  }
}
