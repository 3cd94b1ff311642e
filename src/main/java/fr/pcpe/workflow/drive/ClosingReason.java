package fr.pcpe.workflow.drive;

/** Why a drive closed. */
public enum ClosingReason {
  TARGET_REACHED,
  DEADLINE,
  COORDINATOR_DECISION
}
