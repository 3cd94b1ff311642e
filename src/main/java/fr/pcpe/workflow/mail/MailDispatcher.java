package fr.pcpe.workflow.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued emails through SMTP on every node, in batches of 50 through one connection. Each
 * mail is claimed first (one node wins), then sent, then marked; an SMTP failure leaves it pending, tried
 * again later and later ({@link MailSettings}) for days, across restarts, before it is given up and shown to
 * the coordination.
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
  private final MailSettings settings;
  /** Whether this node's last SMTP exchange went through; null before its first. */
  private volatile Boolean lastExchangeWorked;

  /** A malformed sender address (PCPE_MAIL_FROM) stops the start. */
  MailDispatcher(OutboxMailRepository outbox, JavaMailSender sender, TransactionTemplate transaction, Clock clock,
      MailSettings settings) throws AddressException {
    this.outbox = outbox;
    this.sender = sender;
    this.transaction = transaction;
    this.clock = clock;
    this.from = new InternetAddress(settings.from(), true).toString();
    this.settings = settings;
  }

  @Scheduled(fixedDelayString = "${pcpe.mail.dispatch-interval}", initialDelayString = "${pcpe.mail.dispatch-interval}")
  void dispatchOnSchedule() {
    if (settings.dispatchEnabled()) {
      drain();
    }
  }

  /** Whether this node's last SMTP exchange went through; null before its first. */
  Boolean lastExchangeWorked() {
    return lastExchangeWorked;
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

  /**
   * Sends what is due now, up to a batch, through one SMTP connection: the batch's mails are claimed in
   * one transaction (a node wins each), sent together, then marked sent or failed in one transaction.
   *
   * @return how many emails were sent
   */
  public int dispatch() {
    Instant now = clock.instant();
    List<Long> due = outbox.findDispatchable(now, now.minus(STALE_CLAIM), PageRequest.of(0, BATCH));
    if (due.isEmpty()) {
      return 0;
    }
    List<Long> claimed = transaction.execute(status -> due.stream()
        .filter(id -> outbox.claim(id, now, now.minus(STALE_CLAIM)) == 1).toList());
    if (claimed == null || claimed.isEmpty()) {
      return 0;
    }
    Map<MimeMessage, OutboxMail> messages = new LinkedHashMap<>();
    Map<Long, String> failures = new HashMap<>();
    // in the order they were queued (findAllById keeps none): emails about one referral arrive in order
    Map<Long, OutboxMail> byId = new HashMap<>();
    outbox.findAllById(claimed).forEach(mail -> byId.put(mail.getId(), mail));
    for (OutboxMail mail : claimed.stream().map(byId::get).toList()) {
      try {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBody());
        messages.put(message, mail);
      } catch (MessagingException | RuntimeException unwritable) {
        failures.put(mail.getId(), unwritable.getMessage());
      }
    }
    if (!messages.isEmpty()) {
      try {
        sender.send(messages.keySet().toArray(new MimeMessage[0]));
        lastExchangeWorked = true;
      } catch (MailSendException partly) {
        partly.getFailedMessages().forEach((message, failure) -> failures.put(messages.get(message).getId(),
            failure.getMessage()));
        // some refused recipients are the mails' fault; no message handed over at all, the server's
        lastExchangeWorked = partly.getFailedMessages().size() < messages.size();
      } catch (MailException entirely) {
        messages.values().forEach(mail -> failures.put(mail.getId(), entirely.getMessage()));
        lastExchangeWorked = false;
      }
    }
    Instant sentAt = clock.instant();
    transaction.executeWithoutResult(status -> outbox.findAllById(claimed).forEach(mail -> {
      String failure = failures.get(mail.getId());
      if (failure == null) {
        mail.sent(sentAt);
      } else {
        LOG.warn("Mail {} to {} not sent (attempt {}): {}", mail.getDedupKey(), mail.getRecipient(),
            mail.getAttempts() + 1, failure);
        mail.failed(failure, sentAt, settings);
        if (mail.getStatus() == OutboxMail.Status.FAILED) {
          LOG.error("Mail {} to {} given up after {} attempts: shown to the coordination (/courriels)",
              mail.getDedupKey(), mail.getRecipient(), mail.getAttempts());
        }
      }
    }));
    return claimed.size() - failures.size();
  }
}
