package fr.pcpe.workflow.referral;

/** The states of a referral that users see. */
public enum ReferralStatus {
  SUBMITTED,
  REFUSED,
  SENT_TO_EMPLOYER,
  INTERVIEW_PLANNED,
  HIRED,
  NOT_HIRED,
  WITHDRAWN,
  EXPIRED
}
