package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PersonNames;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/follow-ups")
class FollowUpController {

  private final FollowUpService followUps;
  private final LateFollowUpActions actions;
  private final PersonNames names;
  private final Access access;
  private final Messages messages;

  FollowUpController(FollowUpService followUps, LateFollowUpActions actions, PersonNames names, Access access,
      Messages messages) {
    this.followUps = followUps;
    this.actions = actions;
    this.names = names;
    this.access = access;
    this.messages = messages;
  }

  record OpenRequest(@NotNull(message = "{followUp.candidateId.required}") Long candidateId,
      @NotNull(message = "{followUp.eventDate.required}") LocalDate eventDate,
      @NotBlank(message = "{followUp.referent.required}") @Size(max = 64, message = "{followUp.referent.notOfStructure}") String referentUserId) {
  }

  record PauseRequest(@NotBlank(message = "{followUp.pause.invalid}") @Size(max = 500) String reason,
      @NotNull(message = "{followUp.pause.invalid}") @Future(message = "{followUp.pause.invalid}") LocalDate resumeDate) {
  }

  record ClosureRequest(@NotNull(message = "{followUp.outcome.required}") FollowUpEnums.Outcome outcome,
      @Size(max = 1000) String comment) {
  }

  record EscalationView(String step, String level, Instant at) {
  }

  record FollowUpView(String reference, String candidateName, String structure, String referent, LocalDate eventDate,
      String status, String currentStep, String escalationLevel, LocalDate lastContactAt, String outcome,
      List<EscalationView> escalations) {
  }

  @Operation(summary = "Open the follow-up of a candidate who left a CCE without a job (PCPE staff)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  FollowUpView open(@Valid @RequestBody OpenRequest request) {
    return view(followUps.open(request.candidateId(), request.eventDate(), request.referentUserId()).getReference());
  }

  /** A late follow-up as the page lists it: codes for programs, their labels (messages.properties) for people. */
  record OverdueView(String reference, String candidateName, String structure, String referent, String step,
      String stepLabel, String escalationLevel, String levelLabel, long daysWithoutContact) {
  }

  @Operation(summary = "Late follow-ups, most escalated first, then the longest without contact: PCPE staff see all, "
      + "a structure's members and heads their own; optional filters structure (group id) and level (REMINDER, HEAD,"
      + " COORDINATORS); paged (page from 0, size 1 to 200, 50 by default), the total in X-Total-Count")
  @GetMapping("/overdue")
  ResponseEntity<List<OverdueView>> overdue(@RequestParam(required = false) String structure,
      @RequestParam(required = false) String level, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Caller caller = access.user();
    Level wanted = null;
    if (level != null) {
      wanted = java.util.Arrays.stream(Level.values()).filter(known -> known.name().equals(level)).findFirst()
          .orElseThrow(() -> new InvalidInputException("level", messages.say("followUp.level.invalid")));
    }
    if (page < 0 || page > 100_000 || size < 1 || size > 200) {
      throw new InvalidInputException("size", messages.say("followUp.page.invalid"));
    }
    var late = followUps.overdue(caller, structure, wanted, page, size);
    Map<String, String> referents = names.of(late.getContent().stream().map(FollowUp::getReferentUserId)
        .collect(Collectors.toSet()));
    return ResponseEntity.ok().header("X-Total-Count", String.valueOf(late.getTotalElements()))
        .body(late.getContent().stream().map(f -> new OverdueView(f.getReference(), f.getCandidate().fullName(),
            f.getStructure().getName(), referents.getOrDefault(f.getReferentUserId(), ""), f.getCurrentStep().name(),
            messages.say("followUp.step." + f.getCurrentStep()), f.getEscalationLevel().name(),
            messages.say("followUp.level." + f.getEscalationLevel()), followUps.daysWithoutContact(f))).toList());
  }

  @Operation(summary = "The structure's other referents a late follow-up may be handed to: [{label, value}] (PCPE staff)")
  @GetMapping("/{reference}/referents")
  List<Map<String, String>> referents(@PathVariable String reference) {
    return actions.otherReferents(reference);
  }

  @Operation(summary = "Remind the referent by email that the coordination waits for the late step (PCPE staff)")
  @PostMapping("/{reference}/reminder")
  FollowUpView remind(@PathVariable String reference) {
    actions.remind(reference);
    return view(reference);
  }

  record HandToRequest(String referentUserId) {
  }

  @Operation(summary = "Hand a late follow-up and its step to another referent of the structure (PCPE staff)")
  @PostMapping("/{reference}/referent")
  FollowUpView handTo(@PathVariable String reference, @RequestBody HandToRequest request) {
    actions.handTo(reference, request.referentUserId());
    return view(reference);
  }

  @Operation(summary = "The coordinator takes the late step over: it is assigned to them in Tasklist (PCPE staff)")
  @PostMapping("/{reference}/take-over")
  FollowUpView takeOver(@PathVariable String reference) {
    actions.takeOver(reference);
    return view(reference);
  }

  @Operation(summary = "A follow-up with its escalations: PCPE staff and the candidate's structure (referents, heads)")
  @GetMapping("/{reference}")
  FollowUpView get(@PathVariable String reference) {
    followUps.visible(reference);
    return view(reference);
  }

  @Operation(summary = "Pause a follow-up until a date (no reminder meanwhile), with a reason")
  @PostMapping("/{reference}/pause")
  FollowUpView pause(@PathVariable String reference, @Valid @RequestBody PauseRequest request) {
    followUps.pause(reference, request.reason(), request.resumeDate());
    return view(reference);
  }

  @Operation(summary = "Close a follow-up now with its outcome (JOB, TRAINING, IMMERSION, OTHER, CONTACT_LOST)")
  @PostMapping("/{reference}/closure")
  FollowUpView close(@PathVariable String reference, @Valid @RequestBody ClosureRequest request) {
    followUps.closeNow(reference, request.outcome(), request.comment());
    return view(reference);
  }

  @Operation(summary = "Resume a paused follow-up now; its deadlines start again")
  @PostMapping("/{reference}/resume")
  FollowUpView resume(@PathVariable String reference) {
    followUps.resumeNow(reference);
    return view(reference);
  }

  private FollowUpView view(String reference) {
    FollowUp f = followUps.find(reference);
    return new FollowUpView(f.getReference(), f.getCandidate().fullName(),
        f.getStructure().getName(), f.getReferentUserId(), f.getEventDate(), f.getStatus().name(),
        f.getCurrentStep().name(), f.getEscalationLevel() == null ? null : f.getEscalationLevel().name(),
        f.getLastContactAt(), f.getOutcome() == null ? null : f.getOutcome().name(),
        followUps.escalationsOf(reference).stream()
            .map(e -> new EscalationView(e.getStep().name(), e.getLevel().name(), e.getEscalatedAt())).toList());
  }
}
