package fr.pcpe.workflow.candidate;

import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/candidates")
class CandidateController {

  private final CandidateRepository candidates;
  private final CandidateRegistry registry;
  private final PartnerStructureService structures;
  private final Access access;
  private final Messages messages;
  private final Clock clock;

  CandidateController(CandidateRepository candidates, CandidateRegistry registry, PartnerStructureService structures,
      Access access, Messages messages, Clock clock) {
    this.candidates = candidates;
    this.registry = registry;
    this.structures = structures;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  /** One candidate found by name: no more than a person needs to recognise them. */
  record Found(long id, String name, String city, String structure) {
  }

  @Operation(summary = "Find candidates by name (PCPE staff: all; a structure: its own), 20 at most, by name and,"
      + " among namesakes, the most recently registered first")
  @GetMapping
  List<Found> find(@RequestParam String name) {
    Caller caller = access.user();
    String text = name.strip().toLowerCase(Locale.ROOT);
    if (text.length() < 2 || text.length() > 100) {
      throw new InvalidInputException("name", messages.say("candidate.search.name"));
    }
    String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    // a structure's heads see its candidates too
    List<String> groups = caller.groupIds().stream().map(group -> group.replaceFirst("-heads$", "")).toList();
    // (an SQL "in" list may not be empty)
    return candidates.search(pattern, caller.isStaff(), groups.isEmpty() ? List.of("-") : groups, PageRequest.of(0, 20))
        .stream().map(c -> new Found(c.getId(), c.fullName(), c.getCity(), c.getStructure().getName())).toList();
  }

  @Operation(summary = "Register a candidate followed by the caller's structure (consent required); warns, without"
      + " naming it, when another structure already follows a person of the same name and birth date or email")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> register(@Valid @RequestBody CandidateRequest request) {
    String userId = access.user().userId();
    PartnerStructure structure = structures.ofMember(access.user().groupIds());
    Candidate candidate = registry.register(
        new Candidate(request.firstName().strip(), request.lastName().strip(), structure, clock.instant(),
            userId)
            .contact(request.email(), request.phone(), request.city())
            .born(request.birthDate())
            .followedBy(userId, request.rsaBeneficiary())
            .contactConsent(request.contactConsent() ? clock.instant() : null));
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("id", candidate.getId());
    created.put("structure", structure.getName());
    if (candidate.isPossibleDuplicate()) {
      created.put("duplicateWarning", messages.say("candidate.duplicate"));
    }
    return created;
  }
}
