package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.link.LinkEndpoint;
import fr.pcpe.workflow.link.LinkGuard;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The employer's decision page (one task, a single-use link) and their overview of every answer they owe (a
 * reusable link). Failed uses count per client: past the limit the client is refused (429).
 */
@RestController
@RequestMapping("/links/employer")
class EmployerLinkController extends LinkEndpoint<Map<String, Object>> {

  private final EmployerDecisions decisions;

  EmployerLinkController(EmployerDecisions decisions, LinkGuard guard) {
    super(guard);
    this.decisions = decisions;
  }

  @Override
  protected Object open(String token) {
    return decisions.open(token);
  }

  @Override
  protected Object answer(String token, Map<String, Object> values) {
    return said(decisions.submit(token, values));
  }

  @GetMapping(path = "/overview", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> overview(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      HttpServletRequest request) {
    return guarded(request, () -> decisions.overview(token));
  }
}
