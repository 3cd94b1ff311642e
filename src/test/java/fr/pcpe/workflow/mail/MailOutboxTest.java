package fr.pcpe.workflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox: emails queued in the step's transaction, dispatched to a real SMTP server (GreenMail). */
@IntegrationTest
class MailOutboxTest {

  @Autowired
  MailService mails;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  GreenMail greenMail;
  @Autowired
  TransactionTemplate transaction;

  private Mailbox mailbox;
  private String recipient;

  @BeforeEach
  void newRecipient() {
    mailbox = new Mailbox(greenMail, dispatcher);
    recipient = "structure-" + UUID.randomUUID() + "@test.example";
  }

  private void queue(String key, String to) {
    transaction.executeWithoutResult(status -> mails.queue(key, to, "referral-outcome", Map.of(
        "reference", "ORI-2026-00001", "outcome", "Candidat embauché", "details", "Contrat CDI.",
        "candidateName", "Awa Diallo", "driveReference", "DRV-2026-0001", "jobTitle", "Préparateur")));
  }

  @Test
  @DisplayName("un e-mail en français, écrit depuis son modèle, arrive une fois")
  void queuedMailArrivesOnce() {
    queue(recipient + ":HIRED", recipient);

    List<Mailbox.Mail> delivered = mailbox.deliveredTo(recipient);

    assertThat(delivered).hasSize(1);
    assertThat(delivered.get(0).subject()).isEqualTo("Orientation ORI-2026-00001 : Candidat embauché");
    assertThat(delivered.get(0).body()).contains("Awa Diallo", "DRV-2026-0001", "Contrat CDI.", "/camunda/app/tasklist/");
    assertThat(mailbox.deliveredTo(recipient)).hasSize(1);
  }

  @Test
  @DisplayName("une alerte de masse part en une seule tournée (lot après lot), chaque e-mail une fois")
  void massOfMailsGoesOutInOneRound() {
    for (int i = 0; i < 120; i++) {
      queue(recipient + ":MASS-" + i, recipient);
    }

    assertThat(dispatcher.drain()).isGreaterThanOrEqualTo(120);
    assertThat(dispatcher.drain()).as("nothing left to send").isZero();
    assertThat(mailbox.deliveredTo(recipient)).hasSize(120);
  }

  @Test
  @DisplayName("une étape rejouée ne met pas deux fois le même e-mail en file")
  void replayedStepQueuesOnce() {
    queue(recipient + ":REFUSED", recipient);
    queue(recipient + ":REFUSED", recipient);

    assertThat(mailbox.deliveredTo(recipient)).hasSize(1);
  }

  @Test
  @DisplayName("un e-mail que le serveur refuse reste en file, retenté, sans perdre l'étape")
  void failedMailStaysQueued() {
    String key = recipient + ":EXPIRED";
    queue(key, "pas une adresse");

    dispatcher.dispatch();
    dispatcher.dispatch();

    OutboxMail mail = mails.queuedFor(key).get(0);
    assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
    assertThat(mail.getAttempts()).isEqualTo(2);
  }

  @Test
  @DisplayName("deux nœuds qui envoient en même temps n'envoient jamais deux fois le même e-mail")
  void concurrentDispatchersSendEachMailOnce() throws Exception {
    for (int i = 0; i < 10; i++) {
      queue(recipient + ":concurrent-" + i, recipient);
    }
    ExecutorService nodes = Executors.newFixedThreadPool(3);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> sent = new ArrayList<>();
    for (int node = 0; node < 3; node++) {
      sent.add(nodes.submit(() -> {
        start.await();
        return dispatcher.dispatch();
      }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> count : sent) {
      total += count.get(60, TimeUnit.SECONDS);
    }
    nodes.shutdown();

    assertThat(mailbox.deliveredTo(recipient)).hasSize(10);
    assertThat(total).isGreaterThanOrEqualTo(10); // other tests' queued mails may go out too
  }
}
