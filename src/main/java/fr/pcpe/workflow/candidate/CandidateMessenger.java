package fr.pcpe.workflow.candidate;

import fr.pcpe.workflow.link.SecureLink;
import fr.pcpe.workflow.link.SecureLinks;
import fr.pcpe.workflow.system.PcpeProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Writes to candidates who agreed to it, through every channel that reaches them; to others, nothing.
 * Each message carries the person's own link to the question "has your referent contacted you?".
 */
@Service
public class CandidateMessenger {

  /** A link bound to the person (not to one follow-up) starts with this; the rest is the candidate's id. */
  public static final String CANDIDATE_SUBJECT = "candidate:";

  private final List<CandidateChannel> channels;
  private final SecureLinks links;
  private final String publicUrl;
  private final Duration linkValidity;

  CandidateMessenger(List<CandidateChannel> channels, SecureLinks links, PcpeProperties properties) {
    this.channels = channels;
    this.links = links;
    this.publicUrl = properties.publicUrl();
    this.linkValidity = properties.links().candidateValidity();
  }

  /** Whether the person agreed to be written to and some channel reaches them. */
  public boolean reachable(Candidate candidate) {
    return candidate.getContactConsentAt() != null && channels.stream().anyMatch(channel -> channel.reaches(candidate));
  }

  /** Writes to the person, with their link bound to them (the answer goes to their open follow-up, if any). */
  public void tell(Candidate candidate, String dedupKey, String template, Map<String, Object> values) {
    tell(candidate, CANDIDATE_SUBJECT + candidate.getId(), dedupKey, template, values);
  }

  /**
   * Writes to the person, if they agreed and a channel reaches them, with a new personal link
   * ({@code contactUrl}) bound to {@code linkSubject}; otherwise does nothing, not even the link.
   */
  public void tell(Candidate candidate, String linkSubject, String dedupKey, String template, Map<String, Object> values) {
    if (!reachable(candidate)) {
      return;
    }
    Map<String, Object> withLink = new HashMap<>(values);
    withLink.put("firstName", candidate.getFirstName());
    withLink.put("contactUrl", publicUrl + "/contact.html#" + links.issue(SecureLink.Purpose.CANDIDATE_CONTACT,
        linkSubject, linkValidity));
    channels.stream().filter(channel -> channel.reaches(candidate))
        .forEach(channel -> channel.send(candidate, dedupKey, template, withLink));
  }
}
