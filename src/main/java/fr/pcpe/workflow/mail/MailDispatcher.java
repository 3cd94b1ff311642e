package fr.pcpe.workflow.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued emails through SMTP, a few at a time, on every node. Each mail is claimed first
 * (one node wins), then sent, then marked; an SMTP failure leaves it pending for the next round, until
 * the attempts run out.
 */
@Component
public class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
  private static final Duration STALE_CLAIM = Duration.ofMinutes(5);
  private static final int BATCH = 50;

  private final OutboxMailRepository outbox;
  private final JavaMailSender sender;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String from;
  private final int maxAttempts;
  private final boolean scheduled;

  /** A malformed sender address (PCPE_MAIL_FROM) stops the start. */
  MailDispatcher(OutboxMailRepository outbox, JavaMailSender sender, TransactionTemplate transaction, Clock clock,
      @Value("${pcpe.mail.from}") String from, @Value("${pcpe.mail.max-attempts}") int maxAttempts,
      @Value("${pcpe.mail.dispatch-enabled}") boolean scheduled) throws AddressException {
    this.outbox = outbox;
    this.sender = sender;
    this.transaction = transaction;
    this.clock = clock;
    this.from = new InternetAddress(from, true).toString();
    this.maxAttempts = maxAttempts;
    this.scheduled = scheduled;
  }

  @Scheduled(fixedDelayString = "${pcpe.mail.dispatch-interval}", initialDelayString = "${pcpe.mail.dispatch-interval}")
  void dispatchOnSchedule() {
    if (scheduled) {
      drain();
    }
  }

  /**
   * Sends batch after batch while batches come full, so that a mass of alerts goes out in one round
   * rather than 50 per interval; a batch with a failure ends the round (the failed ones wait their turn).
   *
   * @return how many emails were sent
   */
  public int drain() {
    int total = 0;
    int sent;
    do {
      sent = dispatch();
      total += sent;
    } while (sent == BATCH);
    return total;
  }

  /** Sends what is due now; returns how many emails were sent. */
  public int dispatch() {
    Instant now = clock.instant();
    List<Long> due = outbox.findDispatchable(now.minus(STALE_CLAIM), PageRequest.of(0, BATCH));
    int sent = 0;
    for (Long id : due) {
      Boolean claimed = transaction.execute(status -> outbox.claim(id, now, now.minus(STALE_CLAIM)) == 1);
      if (Boolean.TRUE.equals(claimed)) {
        sent += send(id) ? 1 : 0;
      }
    }
    return sent;
  }

  private boolean send(Long id) {
    OutboxMail mail = outbox.findById(id).orElseThrow();
    try {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(mail.getRecipient());
      message.setSubject(mail.getSubject());
      message.setText(mail.getBody());
      sender.send(message);
      transaction.executeWithoutResult(status -> outbox.findById(id).orElseThrow().sent(clock.instant()));
      return true;
    } catch (RuntimeException failure) {
      LOG.warn("Mail {} to {} not sent (attempt {}): {}", mail.getDedupKey(), mail.getRecipient(),
          mail.getAttempts() + 1, failure.getMessage());
      transaction.executeWithoutResult(
          status -> outbox.findById(id).orElseThrow().failed(failure.getMessage(), maxAttempts));
      return false;
    }
  }
}
