package fr.pcpe.workflow.candidate;

/**
 * A hire was confirmed (any drive, any way: Tasklist or the employer's link). Published in the
 * confirming transaction, so that the candidate's other loops close with it: their follow-ups end with
 * the outcome "job", their other referrals are withdrawn.
 */
public record CandidateHired(long candidateId, String referralReference, String driveReference) {
}
