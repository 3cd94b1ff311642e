package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.link.FailureLimiter;
import fr.pcpe.workflow.system.PcpeProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The page where an invited person chooses their password (no account yet: the link is the key, in a header). */
@RestController
class PasswordLinkController {

  private final NetworkService network;
  private final FailureLimiter limiter;
  private final MessageSource messages;

  PasswordLinkController(NetworkService network, PcpeProperties properties, Clock clock, MessageSource messages) {
    this.network = network;
    this.limiter = new FailureLimiter(properties.links().clientMaxFailures(), properties.links().clientWindow(), clock);
    this.messages = messages;
  }

  record Choice(String password) {
  }

  @GetMapping(path = "/links/password", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> open(@RequestHeader(name = "X-Link-Token", required = false) String token,
      HttpServletRequest request) {
    return guarded(request, () -> ResponseEntity.ok(network.openInvitation(token)));
  }

  @PostMapping(path = "/links/password", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> choose(@RequestHeader(name = "X-Link-Token", required = false) String token,
      @RequestBody Choice choice, HttpServletRequest request) {
    return guarded(request, () -> {
      try {
        network.choosePassword(token, choice.password());
        return answer(HttpStatus.OK, "link.password.done");
      } catch (InvalidInputException refused) {
        return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
      }
    });
  }

  private ResponseEntity<?> guarded(HttpServletRequest request, Supplier<ResponseEntity<?>> action) {
    String client = request.getRemoteAddr();
    if (limiter.isBlocked(client)) {
      return answer(HttpStatus.TOO_MANY_REQUESTS, "link.tooManyAttempts");
    }
    try {
      return action.get();
    } catch (NetworkService.LinkRefused refused) {
      boolean unknown = refused.getMessage().equals("link.unknown");
      if (unknown) {
        limiter.failed(client);
      }
      return answer(unknown ? HttpStatus.NOT_FOUND : HttpStatus.GONE, refused.getMessage());
    }
  }

  private ResponseEntity<?> answer(HttpStatus status, String messageKey) {
    return ResponseEntity.status(status).body(Map.of("message", messages.getMessage(messageKey, null, Locale.FRENCH)));
  }
}
