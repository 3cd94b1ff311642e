package fr.pcpe.workflow.link;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The API of a page opened from a personal link (no account: the link is the key, sent in a header, never in a
 * URL): {@code GET} shows what the link is about and changes nothing, {@code POST} takes the answer; both through
 * the {@link LinkGuard}. A subclass maps its path with {@code @RequestMapping("/links/…")}.
 *
 * @param <A> the answer's body
 */
public abstract class LinkEndpoint<A> {

  public static final String TOKEN_HEADER = "X-Link-Token";

  private final LinkGuard guard;

  protected LinkEndpoint(LinkGuard guard) {
    this.guard = guard;
  }

  /** What the page shows of the link's subject. */
  protected abstract Object open(String token);

  /** Takes the answer; returns what the page says back (a message: {@link #said(String)}). */
  protected abstract Object answer(String token, A answer);

  /** The body of a page's last word. */
  protected static Map<String, String> said(String message) {
    return Map.of("message", message);
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> show(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      HttpServletRequest request) {
    return guarded(request, () -> open(token));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> take(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
      @Valid @RequestBody A answer, HttpServletRequest request) {
    return guarded(request, () -> answer(token, answer));
  }

  protected ResponseEntity<?> guarded(HttpServletRequest request, Supplier<Object> body) {
    return guard.guarded(request, () -> ResponseEntity.ok(body.get()));
  }
}
