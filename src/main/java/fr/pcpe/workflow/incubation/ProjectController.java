package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.system.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
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
  private final Access access;

  ProjectController(IncubationService projects, Access access) {
    this.projects = projects;
    this.access = access;
  }

  record ProjectView(String reference, String name, String lead, String stage, String status, long daysSinceLastMove,
      String abandonReason, String lessonsLearned) {
  }

  record AbandonRequest(@NotBlank(message = "{incubation.abandon.incomplete}") @Size(max = 1000) String reason,
      @NotBlank(message = "{incubation.abandon.incomplete}") @Size(max = 4000) String lessonsLearned) {
  }

  @Operation(summary = "Incubated projects by stage and days since their last move (abandoned ones included); PCPE staff")
  @GetMapping
  List<ProjectView> list(@RequestParam(required = false) String status) {
    access.requireStaff();
    return projects.all().stream()
        .filter(p -> status == null || status.equals(p.getStatus().name()))
        .sorted(Comparator.comparing((IncubationProject p) -> projects.daysSinceLastMove(p)).reversed())
        .map(this::view)
        .toList();
  }

  @Operation(summary = "Abandon a project at any stage, with its reason and the lessons learned; PCPE staff")
  @PostMapping("/{reference}/abandonment")
  ProjectView abandon(@PathVariable String reference, @Valid @RequestBody AbandonRequest request) {
    access.requireStaff();
    return view(projects.abandon(reference, request.reason(), request.lessonsLearned()));
  }

  private ProjectView view(IncubationProject p) {
    return new ProjectView(p.getReference(), p.getName(), p.getLeadUserId(), p.getStage().name(), p.getStatus().name(),
        projects.daysSinceLastMove(p), p.getAbandonReason(), p.getLessonsLearned());
  }
}
