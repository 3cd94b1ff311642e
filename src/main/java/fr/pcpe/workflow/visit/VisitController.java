package fr.pcpe.workflow.visit;

import fr.pcpe.workflow.link.LinkGuard;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Learning visits: the coordination's list; an invitee's reply from their link (the token in a header). */
@RestController
class VisitController {

  static final String TOKEN_HEADER = "X-Link-Token";

  private final LearningVisits visits;
  private final LinkGuard guard;

  VisitController(LearningVisits visits, LinkGuard guard) {
    this.visits = visits;
    this.guard = guard;
  }

  /** An invitee's answer. */
  record ReplyRequest(VisitInvitation.Reply reply) {
  }

  @Operation(summary = "Every learning visit, the latest first, with its replies and attendance (PCPE staff)")
  @GetMapping("/api/visits")
  List<LearningVisits.Summary> list() {
    return visits.list();
  }

  @GetMapping(path = "/links/visit", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> open(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      HttpServletRequest request) {
    return guard.guarded(request, () -> ResponseEntity.ok(visits.open(token)));
  }

  @PostMapping(path = "/links/visit", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> reply(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      @RequestBody ReplyRequest request, HttpServletRequest servletRequest) {
    return guard.guarded(servletRequest, () -> ResponseEntity.ok(Map.of("message", visits.reply(token,
        request.reply()))));
  }
}
