package fr.pcpe.workflow.followup;

/** The vocabularies of a follow-up. */
public final class FollowUpEnums {

  private FollowUpEnums() {
  }

  public enum Status { ACTIVE, PAUSED, CLOSED }

  /** Where the follow-up stands; CLOSE routes the process to its end. */
  public enum Step { MEET, PROPOSE, CHECK_IN, CLOSE }

  /** Who is told when a step is late, in order. */
  public enum Level { REMINDER, HEAD, COORDINATORS }

  public enum Outcome { JOB, TRAINING, IMMERSION, OTHER, CONTACT_LOST, MAX_DURATION }

  public enum Proposal { OFFER, TRAINING, IMMERSION, NEXT_CCE }

  /** What the coordinators decide for a follow-up closed without an outcome. */
  public enum Review { CLOSE, RESTART }

  /** What a monthly check-in concludes: keep going, or an outcome. */
  public enum CheckIn { CONTINUE, JOB, TRAINING, IMMERSION, OTHER, CONTACT_LOST }
}
