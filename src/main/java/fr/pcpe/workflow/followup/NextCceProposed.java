package fr.pcpe.workflow.followup;

/**
 * A referent proposed the next Café Contact Emploi to the candidate: the CCEs invite them to the next
 * one of their town, in the referent's name.
 */
public record NextCceProposed(long candidateId, String followUpReference, String referentUserId) {
}
