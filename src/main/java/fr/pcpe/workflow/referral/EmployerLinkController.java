package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.link.FailureLimiter;
import fr.pcpe.workflow.system.PcpeProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
  private final FailureLimiter limiter;
  private final MessageSource messages;

  EmployerLinkController(EmployerDecisions decisions, PcpeProperties properties, Clock clock, MessageSource messages) {
    this.decisions = decisions;
    this.limiter = new FailureLimiter(properties.links().clientMaxFailures(), properties.links().clientWindow(), clock);
    this.messages = messages;
  }

  @GetMapping(path = "/links/employer", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> open(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      HttpServletRequest request) {
    return guarded(request, () -> ResponseEntity.ok(decisions.open(token)));
  }

  @PostMapping(path = "/links/employer", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> submit(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      @RequestBody Map<String, Object> values, HttpServletRequest request) {
    return guarded(request, () -> {
      try {
        return ResponseEntity.ok(Map.of("message", decisions.submit(token, values)));
      } catch (FormFieldValidationException refused) {
        return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
      }
    });
  }

  private ResponseEntity<?> guarded(HttpServletRequest request, java.util.function.Supplier<ResponseEntity<?>> action) {
    String client = request.getRemoteAddr();
    if (limiter.isBlocked(client)) {
      return answer(HttpStatus.TOO_MANY_REQUESTS, "link.tooManyAttempts");
    }
    try {
      return action.get();
    } catch (EmployerDecisions.LinkRefused refused) {
      boolean unknown = refused.messageKey().equals("link.unknown");
      if (unknown) {
        limiter.failed(client); // guessing tokens; a used or expired link of one's own is no attack
      }
      return answer(unknown ? HttpStatus.NOT_FOUND : HttpStatus.GONE, refused.messageKey());
    }
  }

  private ResponseEntity<?> answer(HttpStatus status, String messageKey) {
    return ResponseEntity.status(status).body(Map.of("message", messages.getMessage(messageKey, null, Locale.FRENCH)));
  }
}
