package fr.pcpe.workflow.common;

/** A domain record that does not exist, or that the current user may not know about: answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
