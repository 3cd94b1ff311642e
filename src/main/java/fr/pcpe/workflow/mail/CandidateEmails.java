package fr.pcpe.workflow.mail;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateChannel;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Candidates are written to by email, through the outbox like every other email. */
@Component
class CandidateEmails implements CandidateChannel {

  private final MailService mails;

  CandidateEmails(MailService mails) {
    this.mails = mails;
  }

  @Override
  public boolean reaches(Candidate candidate) {
    return candidate.getEmail() != null && !candidate.getEmail().isBlank();
  }

  @Override
  public void send(Candidate candidate, String dedupKey, String template, Map<String, Object> values) {
    mails.queue(dedupKey, candidate.getEmail(), template, values);
  }
}
