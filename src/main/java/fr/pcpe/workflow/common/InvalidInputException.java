package fr.pcpe.workflow.common;

/** One field of a request is invalid for a rule the service checks itself: 400 naming the field. */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
