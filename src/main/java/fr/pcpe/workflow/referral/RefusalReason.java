package fr.pcpe.workflow.referral;

/** Structured reasons for a refusal at pre-screening or a candidate not hired. */
public enum RefusalReason {
  PROFILE_MISMATCH,
  PREREQUISITES_MISSING,
  NOT_AVAILABLE,
  CANDIDATE_DECLINED,
  NO_SHOW,
  DRIVE_CLOSED,
  OTHER
}
