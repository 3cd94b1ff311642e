package fr.pcpe.workflow.system;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.NotFoundException;
import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the app's API as {"message": "..."}: a clear message, never a stack trace or SQL. */
@RestControllerAdvice
class ApiExceptionHandler {

  private final MessageSource messages;

  ApiExceptionHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(NotFoundException exception) {
    return error(HttpStatus.NOT_FOUND, exception.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<Map<String, String>> forbidden(ForbiddenException exception) {
    return error(HttpStatus.FORBIDDEN, exception.getMessage());
  }

  /** An engine authorization refused: the user may not do this (the details stay in the log). */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> engineForbidden(AuthorizationException exception) {
    return error(HttpStatus.FORBIDDEN, messages.getMessage("api.forbidden", null, Locale.FRENCH));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Map<String, String>> conflict(ConflictException exception) {
    return error(HttpStatus.CONFLICT, exception.getMessage());
  }

  /** Every broken field is named, with its French message. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException exception) {
    Map<String, String> errors = new TreeMap<>();
    exception.getBindingResult().getFieldErrors()
        .forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
    return ResponseEntity.badRequest().body(Map.of(
        "message", messages.getMessage("api.invalid", null, Locale.FRENCH), "errors", errors));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException exception) {
    return error(HttpStatus.BAD_REQUEST, messages.getMessage("api.unreadable", null, Locale.FRENCH));
  }

  static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
