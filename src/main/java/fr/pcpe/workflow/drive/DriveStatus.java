package fr.pcpe.workflow.drive;

/** Where a recruitment drive stands; the next statuses come with need qualification and mobilization. */
public enum DriveStatus {
  /** Created, waiting for the coordinator to onboard the employer. */
  ONBOARDING,
  /** The employer is registered and the need recorded. */
  EMPLOYER_ONBOARDED,
  OPEN,
  CLOSED
}
