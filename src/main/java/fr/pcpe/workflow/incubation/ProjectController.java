package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.PersonNames;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects")
class ProjectController {

  private final IncubationService projects;
  private final PersonNames names;
  private final Access access;
  private final Messages messages;

  ProjectController(IncubationService projects, PersonNames names, Access access, Messages messages) {
    this.projects = projects;
    this.names = names;
    this.access = access;
    this.messages = messages;
  }

  /** A project as the staff read it: its lead by name, never by login; codes and their labels (messages.properties). */
  record ProjectView(String reference, String name, String lead, String stage, String stageLabel, String status,
      String statusLabel, long daysSinceLastMove, String abandonReason, String lessonsLearned) {
  }

  record AbandonRequest(@NotBlank(message = "{incubation.abandon.incomplete}") @Size(max = 1000) String reason,
      @NotBlank(message = "{incubation.abandon.incomplete}") @Size(max = 4000) String lessonsLearned) {
  }

  @Operation(summary = "Incubated projects by stage and days since their last move (abandoned ones included); PCPE staff")
  @GetMapping
  List<ProjectView> list(@RequestParam(required = false) String status) {
    access.requireStaff();
    List<IncubationProject> listed = projects.all().stream()
        .filter(p -> status == null || status.equals(p.getStatus().name()))
        .sorted(Comparator.comparing((IncubationProject p) -> projects.daysSinceLastMove(p)).reversed())
        .toList();
    Map<String, String> leads = names.of(listed.stream().map(IncubationProject::getLeadUserId)
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
    return listed.stream().map(p -> view(p, leads.getOrDefault(p.getLeadUserId(), ""))).toList();
  }

  @Operation(summary = "Abandon a project at any stage, with its reason and the lessons learned; PCPE staff")
  @PostMapping("/{reference}/abandonment")
  ProjectView abandon(@PathVariable String reference, @Valid @RequestBody AbandonRequest request) {
    access.requireStaff();
    IncubationProject abandoned = projects.abandon(reference, request.reason(), request.lessonsLearned());
    return view(abandoned, names.of(abandoned.getLeadUserId()));
  }

  private ProjectView view(IncubationProject p, String lead) {
    return new ProjectView(p.getReference(), p.getName(), lead, p.getStage().name(),
        messages.say("incubation.stage." + p.getStage()), p.getStatus().name(),
        messages.say("incubation.status." + p.getStatus()),
        projects.daysSinceLastMove(p), p.getAbandonReason(), p.getLessonsLearned());
  }
}
