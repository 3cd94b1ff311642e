package fr.pcpe.workflow.system.web;

import fr.pcpe.workflow.common.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors outside the API's handlers (a wrong path, a request the server refused before the
 * application) as {"message": "..."} in French, never a stack trace; {@code /error} asked for directly
 * is simply not found.
 */
@RestController
class ErrorPageController implements ErrorController {

  private final Messages messages;

  ErrorPageController(Messages messages) {
    this.messages = messages;
  }

  @RequestMapping("/error")
  ResponseEntity<Map<String, String>> error(HttpServletRequest request) {
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
    return ResponseEntity.status(status).body(Map.of("message", messages.say(key)));
  }
}
