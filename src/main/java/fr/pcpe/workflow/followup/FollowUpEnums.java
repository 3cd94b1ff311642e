package fr.pcpe.workflow.followup;

/** The vocabularies of a follow-up. */
final class FollowUpEnums {

  private FollowUpEnums() {
  }

  enum Status { ACTIVE, PAUSED, CLOSED }

  /** Where the follow-up stands; CLOSE routes the process to its end. */
  enum Step { MEET, PROPOSE, CHECK_IN, CLOSE }

  /** Who is told when a step is late, in order. */
  enum Level { REMINDER, HEAD, COORDINATORS }

  enum Outcome { JOB, TRAINING, IMMERSION, OTHER, CONTACT_LOST, MAX_DURATION }

  enum Proposal { OFFER, TRAINING, IMMERSION, NEXT_CCE }

  /** What a monthly check-in concludes: keep going, or an outcome. */
  enum CheckIn { CONTINUE, JOB, TRAINING, IMMERSION, OTHER, CONTACT_LOST }
}
