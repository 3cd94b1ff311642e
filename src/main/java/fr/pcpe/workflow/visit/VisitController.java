package fr.pcpe.workflow.visit;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Learning visits: the coordination's list. */
@RestController
class VisitController {

  private final LearningVisits visits;

  VisitController(LearningVisits visits) {
    this.visits = visits;
  }

  @Operation(summary = "Every learning visit, the latest first, with its replies and attendance (PCPE staff)")
  @GetMapping("/api/visits")
  List<LearningVisits.Summary> list() {
    return visits.list();
  }
}
