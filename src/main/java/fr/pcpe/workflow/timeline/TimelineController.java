package fr.pcpe.workflow.timeline;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

  private final CandidateTimeline timeline;

  TimelineController(CandidateTimeline timeline) {
    this.timeline = timeline;
  }

  @Operation(summary = "What happened to a candidate, in date order (PCPE staff and the candidate's structure)")
  @GetMapping("/api/candidates/{id}/timeline")
  CandidateTimeline.Timeline timeline(@PathVariable long id) {
    return timeline.of(id);
  }
}
