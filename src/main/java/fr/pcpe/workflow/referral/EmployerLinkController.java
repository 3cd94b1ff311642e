package fr.pcpe.workflow.referral;

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
 * The employer's decision page's API (no account: the link is the key). The token travels in a header,
 * never in a URL. Failed uses count per client: past the limit the client is refused (429).
 */
@RestController
class EmployerLinkController {

  static final String TOKEN_HEADER = "X-Link-Token";

  private final EmployerDecisions decisions;
  private final LinkGuard guard;

  EmployerLinkController(EmployerDecisions decisions, LinkGuard guard) {
    this.decisions = decisions;
    this.guard = guard;
  }

  @GetMapping(path = "/links/employer", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> open(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      HttpServletRequest request) {
    return guard.guarded(request, () -> ResponseEntity.ok(decisions.open(token)));
  }

  @GetMapping(path = "/links/employer/overview", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> overview(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      HttpServletRequest request) {
    return guard.guarded(request, () -> ResponseEntity.ok(decisions.overview(token)));
  }

  @PostMapping(path = "/links/employer", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> submit(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      @RequestBody Map<String, Object> values, HttpServletRequest request) {
    return guard.guarded(request, () -> ResponseEntity.ok(Map.of("message", decisions.submit(token, values))));
  }

}
