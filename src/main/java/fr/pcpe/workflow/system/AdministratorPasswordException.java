package fr.pcpe.workflow.system;

/** The first administrator's password is missing or does not satisfy the password policy. */
class AdministratorPasswordException extends IllegalStateException {

  AdministratorPasswordException(String message) {
    super(message);
  }
}
