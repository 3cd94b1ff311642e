package fr.pcpe.workflow.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * What GreenMail received, per recipient, after the application dispatched its queued emails. Built
 * by the tests of the shared context (where the greenMail bean exists), not a component.
 */
public class Mailbox {

  private final GreenMail greenMail;
  private final MailDispatcher dispatcher;

  public Mailbox(GreenMail greenMail, MailDispatcher dispatcher) {
    this.greenMail = greenMail;
    this.dispatcher = dispatcher;
  }

  public record Mail(String subject, String body) {
  }

  /** Dispatches all that is queued (as the scheduler does), then reads the recipient's mails. */
  public List<Mail> deliveredTo(String recipient) {
    dispatcher.drain();
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(message -> recipients(message).contains(recipient))
        .map(message -> {
          try {
            return new Mail(message.getSubject(), message.getContent().toString());
          } catch (MessagingException | java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
          }
        })
        .toList();
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
