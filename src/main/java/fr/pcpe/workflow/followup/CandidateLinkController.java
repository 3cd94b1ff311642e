package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.link.LinkGuard;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate's one-question page (no account: the link is the key, in a header): "has your referent
 * contacted you?". Reading the question changes nothing; the answer is taken once.
 */
@RestController
class CandidateLinkController {

  private final FollowUpService followUps;
  private final LinkGuard guard;

  CandidateLinkController(FollowUpService followUps, LinkGuard guard) {
    this.followUps = followUps;
    this.guard = guard;
  }

  record Answer(Boolean contacted) {
  }

  @GetMapping(path = "/links/candidate", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> open(@RequestHeader(name = "X-Link-Token", required = false) String token,
      HttpServletRequest request) {
    return guard.guarded(request, () -> ResponseEntity.ok(followUps.candidateQuestion(token)));
  }

  @PostMapping(path = "/links/candidate", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> answer(@RequestHeader(name = "X-Link-Token", required = false) String token,
      @RequestBody Answer answer, HttpServletRequest request) {
    return guard.guarded(request,
        () -> ResponseEntity.ok(Map.of("message", followUps.candidateAnswered(token, answer.contacted()))));
  }
}
