package fr.pcpe.workflow.followup;

/** The vocabularies of a follow-up. */
public final class FollowUpEnums {

  private FollowUpEnums() {
  }

  public enum Status { ACTIVE, PAUSED, CLOSED }

  /** What the follow-up started after: a CCE left without a job, or the end of a job (its event date is then the day the person left). */
  public enum Origin { CCE, JOB_ENDED }

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
