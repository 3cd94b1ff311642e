package fr.pcpe.workflow.common;

/** The current user is authenticated but may not do this: answered with 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
