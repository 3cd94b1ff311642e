package fr.pcpe.workflow.demo;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.system.web.SitePageData;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The demo's mail catcher: an SMTP server inside the application (GreenMail) on the address the application
 * sends to ({@code localhost:1025} by default), whose inbox the coordination reads at {@code /courrier-demo}. A
 * newcomer sees the invitations, links and alerts the application sends without setting up a mail server. When
 * the address is another host, or its port is taken (a mail catcher of one's own), nothing is started.
 */
@Component
@Profile("demo")
public class DemoMailCatcher implements SitePageData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailCatcher.class);
  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final GreenMail greenMail;

  /** A received email as the inbox page shows it. */
  public record Mail(String to, String subject, String receivedAt, String body) {
  }

  DemoMailCatcher(MailProperties smtp) {
    this.greenMail = start(smtp.getHost(), smtp.getPort());
  }

  private static GreenMail start(String host, int port) {
    if (!"localhost".equals(host) && !"127.0.0.1".equals(host)) {
      LOG.info("Demo: emails go to the SMTP server {}:{}, not to the demo's mail catcher", host, port);
      return null;
    }
    GreenMail catcher = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    try {
      catcher.start();
      LOG.info("Demo: the emails the application sends are caught on 127.0.0.1:{}; read them at /courrier-demo", port);
      return catcher;
    } catch (RuntimeException taken) {
      LOG.warn("Demo: port {} is taken, so no mail catcher is started; the emails go to whatever listens there", port);
      catcher.stop();
      return null;
    }
  }

  @Override
  public String path() {
    return "/courrier-demo";
  }

  @Override
  public void fill(Model model) {
    model.addAttribute("catching", greenMail != null);
    model.addAttribute("mails", inbox());
  }

  /** The emails caught since the start, newest first. */
  public List<Mail> inbox() {
    if (greenMail == null) {
      return List.of();
    }
    return Arrays.stream(greenMail.getReceivedMessages())
        .sorted(Comparator.comparing(DemoMailCatcher::received).reversed())
        .map(DemoMailCatcher::mail).toList();
  }

  private static Date received(MimeMessage message) {
    try {
      return message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
    } catch (MessagingException unreadable) {
      return new Date(0);
    }
  }

  private static Mail mail(MimeMessage message) {
    try {
      Address[] to = message.getAllRecipients();
      return new Mail(to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")),
          message.getSubject(), FRENCH.format(received(message).toInstant().atZone(ZoneId.of("Europe/Paris"))),
          String.valueOf(message.getContent()).strip());
    } catch (MessagingException | IOException unreadable) {
      return new Mail("", "", "", "");
    }
  }

  @PreDestroy
  void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
