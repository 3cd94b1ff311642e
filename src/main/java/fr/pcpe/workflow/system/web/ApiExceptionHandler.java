package fr.pcpe.workflow.system.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Errors of the app's API as RFC 9457 problems ({@link Problems}): a clear message, never a stack trace or SQL. */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final Messages messages;
  private final Problems problems;

  ApiExceptionHandler(Messages messages, Problems problems) {
    this.messages = messages;
    this.problems = problems;
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException exception) {
    return error(HttpStatus.NOT_FOUND, exception.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException exception) {
    return error(HttpStatus.FORBIDDEN, exception.getMessage());
  }

  /** An engine authorization refused: the user may not do this (the details stay in the log). */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> engineForbidden(AuthorizationException exception) {
    return error(HttpStatus.FORBIDDEN, messages.say("api.forbidden"));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException exception) {
    return error(HttpStatus.CONFLICT, exception.getMessage());
  }

  /** Every broken field is named, with its French message. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception) {
    Map<String, String> errors = new TreeMap<>();
    exception.getBindingResult().getFieldErrors()
        .forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
    return problems.invalid(errors);
  }

  /** A rule checked by a service on one field (a referent of another structure, a date out of range). */
  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalidField(InvalidInputException exception) {
    return problems.invalid(Map.of(exception.field(), exception.getMessage()));
  }

  /**
   * Not JSON, a number where text was expected, a fraction for an id, a control character... A value that is not
   * one of a list's choices names its field and the choices.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception) {
    if (exception.getMostSpecificCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum() && !invalid.getPath().isEmpty()) {
      String field = invalid.getPath().get(invalid.getPath().size() - 1).getFieldName();
      String choices = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(choice -> ((Enum<?>) choice).name())
          .collect(Collectors.joining(", "));
      return problems.invalid(Map.of(field == null ? "?" : field, messages.say("api.notAChoice", choices)));
    }
    return error(HttpStatus.BAD_REQUEST, messages.say("api.unreadable"));
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ResponseEntity<ProblemDetail> badParameter(Exception exception) {
    return error(HttpStatus.BAD_REQUEST, messages.say("api.badParameter"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException exception) {
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.say("api.jsonOnly"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException exception) {
    return error(HttpStatus.METHOD_NOT_ALLOWED, messages.say("api.methodNotAllowed"));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException exception) {
    return error(HttpStatus.NOT_FOUND, messages.say("api.notFound"));
  }

  /** Anything else is our fault: logged with its details, answered without them. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception exception) {
    LOG.error("Unexpected error answering an API request", exception);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, messages.say("api.internal"));
  }

  private ResponseEntity<ProblemDetail> error(HttpStatus status, String message) {
    return problems.answer(status, message);
  }
}
