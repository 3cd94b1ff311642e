package fr.pcpe.workflow.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pcpe.workflow.common.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every refusal of the application's API and pages, as an RFC 9457 problem ({@code application/problem+json}):
 * {@code title} says in French what kind of refusal it is, {@code detail} what went wrong, and a refused field
 * is named in {@code errors} with its own French message. Camunda's engine API keeps its own {@code {type,
 * message}} answers: its webapps read them.
 */
@Component
public class Problems {

  /** The statuses with a title of their own in messages.properties ({@code problem.<status>}). */
  private static final Set<HttpStatus> TITLED = EnumSet.of(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED,
      HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.CONFLICT, HttpStatus.GONE,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE, HttpStatus.TOO_MANY_REQUESTS, HttpStatus.INTERNAL_SERVER_ERROR);

  private final Messages messages;
  private final ObjectMapper json;

  Problems(Messages messages, ObjectMapper json) {
    this.messages = messages;
    this.json = json;
  }

  /** A refusal saying {@code detail}. */
  public ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(problem(status, detail));
  }

  /** A 400 naming each refused field with its message; its detail says them all, in the order given. */
  public ResponseEntity<ProblemDetail> invalid(Map<String, String> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, String.join(" ", errors.values()));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  /** The same refusal written by a filter, before any controller. */
  public void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(json.writeValueAsBytes(problem(status, detail)));
  }

  private ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    HttpStatus titled = TITLED.contains(status) ? status
        : status.is5xxServerError() ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    problem.setTitle(messages.say("problem." + titled.value()));
    return problem;
  }
}
