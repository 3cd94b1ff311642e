package fr.pcpe.workflow.mail;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.system.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The emails given up after days of attempts, for the coordination to see and send again. */
@RestController
class MailController {

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);

  private final OutboxMailRepository outbox;
  private final Access access;
  private final Messages messages;
  private final Clock clock;

  MailController(OutboxMailRepository outbox, Access access, Messages messages, Clock clock) {
    this.outbox = outbox;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  /** A mail as the coordination reads it: to whom, about what, since when, how often it was tried. */
  record Undelivered(long id, String recipient, String subject, String queuedAt, int attempts) {
  }

  @Operation(summary = "The emails given up after days without the SMTP server taking them (PCPE staff)")
  @GetMapping("/api/mails/undelivered")
  @Transactional(readOnly = true)
  List<Undelivered> undelivered() {
    access.requireStaff();
    return outbox.findByStatusOrderByCreatedAtDesc(OutboxMail.Status.FAILED).stream()
        .map(this::undelivered).toList();
  }

  @Operation(summary = "Sends a given-up email again: tried at once, then for days like a new one (PCPE staff)")
  @PostMapping("/api/mails/{id}/resend")
  @Transactional
  Undelivered resend(@PathVariable long id) {
    access.requireStaff();
    OutboxMail mail = outbox.findById(id).filter(found -> found.getStatus() == OutboxMail.Status.FAILED)
        .orElseThrow(() -> new NotFoundException(messages.say("mail.notUndelivered")));
    mail.resend(clock.instant());
    return undelivered(mail);
  }

  private Undelivered undelivered(OutboxMail mail) {
    return new Undelivered(mail.getId(), mail.getRecipient(), mail.getSubject(),
        FRENCH.format(mail.getCreatedAt().atZone(clock.getZone())), mail.getAttempts());
  }
}
