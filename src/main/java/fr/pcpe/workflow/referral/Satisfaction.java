package fr.pcpe.workflow.referral;

/** How an employer says a hire goes, a month or six after it started. */
public enum Satisfaction {
  VERY_SATISFIED, SATISFIED, DISSATISFIED, VERY_DISSATISFIED;

  /** Whether the employer is satisfied (the share the figures show). */
  public boolean satisfied() {
    return this == VERY_SATISFIED || this == SATISFIED;
  }
}
