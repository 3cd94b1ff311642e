package fr.pcpe.workflow.system.web;

import fr.pcpe.workflow.common.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors outside the API's handlers (a wrong path, a request the server refused before the
 * application) as the same French problems as the API's, never a stack trace; {@code /error} asked for directly
 * is simply not found.
 */
@RestController
class ErrorPageController implements ErrorController {

  private final Messages messages;
  private final Problems problems;

  ErrorPageController(Messages messages, Problems problems) {
    this.messages = messages;
    this.problems = problems;
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
        && HttpStatus.resolve(code) != null ? HttpStatus.resolve(code) : HttpStatus.NOT_FOUND;
    String key = switch (status) {
      case BAD_REQUEST -> "api.badRequest";
      case UNAUTHORIZED -> "api.unauthorized";
      case FORBIDDEN -> "api.forbidden";
      case NOT_FOUND -> "api.notFound";
      case METHOD_NOT_ALLOWED -> "api.methodNotAllowed";
      case UNSUPPORTED_MEDIA_TYPE -> "api.jsonOnly";
      default -> status.is5xxServerError() ? "api.internal" : "api.badRequest";
    };
    return problems.answer(status, messages.say(key));
  }
}
