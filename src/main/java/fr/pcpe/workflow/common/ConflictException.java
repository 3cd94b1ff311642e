package fr.pcpe.workflow.common;

/** The request contradicts the current state (a duplicate, a closed drive): answered with 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
