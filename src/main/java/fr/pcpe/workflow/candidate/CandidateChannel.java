package fr.pcpe.workflow.candidate;

import java.util.Map;

/**
 * One way of writing to a candidate (email today; an SMS provider would be another implementation).
 * Only {@link CandidateMessenger} uses it, after checking the person's consent.
 */
public interface CandidateChannel {

  /** Whether the candidate has an address on this channel. */
  boolean reaches(Candidate candidate);

  /** Queues the message in the caller's transaction; a second message with the same key does nothing. */
  void send(Candidate candidate, String dedupKey, String template, Map<String, Object> values);
}
