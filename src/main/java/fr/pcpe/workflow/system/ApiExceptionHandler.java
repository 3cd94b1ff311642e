package fr.pcpe.workflow.system;

import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.NotFoundException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the app's API as {"message": "..."}: a clear message, never a stack trace or SQL. */
@RestControllerAdvice
class ApiExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(NotFoundException exception) {
    return error(HttpStatus.NOT_FOUND, exception.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<Map<String, String>> forbidden(ForbiddenException exception) {
    return error(HttpStatus.FORBIDDEN, exception.getMessage());
  }

  static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
