package fr.pcpe.workflow.network;

import fr.pcpe.workflow.link.LinkGuard;
import jakarta.servlet.http.HttpServletRequest;
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
  private final LinkGuard guard;

  PasswordLinkController(NetworkService network, LinkGuard guard) {
    this.network = network;
    this.guard = guard;
  }

  record Choice(String password) {
  }

  @GetMapping(path = "/links/password", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> open(@RequestHeader(name = "X-Link-Token", required = false) String token,
      HttpServletRequest request) {
    return guard.guarded(request, () -> ResponseEntity.ok(network.openInvitation(token)));
  }

  @PostMapping(path = "/links/password", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> choose(@RequestHeader(name = "X-Link-Token", required = false) String token,
      @RequestBody Choice choice, HttpServletRequest request) {
    return guard.guarded(request, () -> {
      network.choosePassword(token, choice.password());
      return guard.answer(HttpStatus.OK, "link.password.done");
    });
  }

}
