package fr.pcpe.workflow.candidate;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Writes to candidates who agreed to it, through every channel that reaches them; to others, nothing. */
@Service
public class CandidateMessenger {

  private final List<CandidateChannel> channels;

  CandidateMessenger(List<CandidateChannel> channels) {
    this.channels = channels;
  }

  /** Whether the person agreed to be written to and some channel reaches them. */
  public boolean reachable(Candidate candidate) {
    return candidate.getContactConsentAt() != null && channels.stream().anyMatch(channel -> channel.reaches(candidate));
  }

  /** Sends through every channel that reaches the person, if they agreed; otherwise nothing. */
  public void tell(Candidate candidate, String dedupKey, String template, Map<String, Object> values) {
    if (candidate.getContactConsentAt() != null) {
      channels.stream().filter(channel -> channel.reaches(candidate))
          .forEach(channel -> channel.send(candidate, dedupKey, template, values));
    }
  }
}
