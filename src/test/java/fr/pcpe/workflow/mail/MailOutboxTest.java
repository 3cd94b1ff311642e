package fr.pcpe.workflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSenderImpl;
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
  @Autowired
  OutboxMailRepository outbox;
  @Autowired
  MailSettings settings;
  @Autowired
  Clock clock;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;

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

    Instant start = Instant.now();
    try {
      dispatcher.dispatch();
      dispatcher.dispatch();
      assertThat(mails.queuedFor(key).get(0).getAttempts()).as("not tried again before its delay").isEqualTo(1);
      ClockUtil.setCurrentTime(Date.from(start.plusSeconds(31)));
      dispatcher.dispatch();
    } finally {
      ClockUtil.reset();
    }

    OutboxMail mail = mails.queuedFor(key).get(0);
    assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
    assertThat(mail.getAttempts()).isEqualTo(2);
    assertThat(mail.getNextAttemptAt()).as("then a minute later").isEqualTo(start.plusSeconds(91).truncatedTo(ChronoUnit.MILLIS));
  }

  /** A dispatcher like the application's, whose SMTP server does not answer (a port nobody listens on). */
  private MailDispatcher smtpDown() throws Exception {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      sender.setHost("127.0.0.1");
      sender.setPort(closed.getLocalPort());
    }
    return new MailDispatcher(outbox, sender, transaction, clock, settings);
  }

  /** Sets the clock, then lets the dispatcher try every mail due, as its rounds would. */
  private void at(Instant time, MailDispatcher sending) {
    ClockUtil.setCurrentTime(Date.from(time));
    while (!outbox.findDispatchable(time, time.minusSeconds(300), PageRequest.of(0, 1)).isEmpty()) {
      sending.dispatch();
    }
  }

  @Test
  @DisplayName("serveur d'envoi en panne une heure : les e-mails sont retentés de plus en plus tard, puis arrivent chacun une fois")
  void smtpDownForAnHourThenEveryMailArrivesOnce() throws Exception {
    MailDispatcher down = smtpDown();
    for (int i = 0; i < 5; i++) {
      queue(recipient + ":OUTAGE-" + i, recipient);
    }
    Instant start = Instant.now();
    try {
      for (int minute = 0; minute <= 60; minute++) {
        at(start.plus(Duration.ofMinutes(minute)), down);
      }
      assertThat(new MailServerHealth(down, outbox).health().getStatus().getCode()).isEqualTo("UNREACHABLE");
      assertThat(mails.queuedFor(recipient + ":OUTAGE-")).allSatisfy(mail -> {
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        // at 0, 0.5, 1.5, 3.5, 7.5, 15.5 and 31.5 minutes, tried at the next whole minute
        assertThat(mail.getAttempts()).isEqualTo(7);
      });

      at(start.plus(Duration.ofHours(2)), dispatcher);
      assertThat(mailbox.deliveredTo(recipient)).hasSize(5)
          .extracting(Mailbox.Mail::subject).containsOnly("Orientation ORI-2026-00001 : Candidat embauché");
      assertThat(dispatcher.drain()).isZero();
      assertThat(mailbox.deliveredTo(recipient)).as("each once").hasSize(5);
      assertThat(new MailServerHealth(dispatcher, outbox).health().getStatus()).isEqualTo(Status.UP);
      ResponseEntity<String> nodeHealth = http.getForEntity("/manage/health", String.class);
      assertThat(nodeHealth.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(nodeHealth.getBody()).contains("\"mail\":{\"status\":\"UP\"}");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  @DisplayName("un e-mail que le serveur ne prend pas en trois jours est montré à la coordination, qui le renvoie")
  void mailGivenUpAfterThreeDaysIsShownAndSentAgain() throws Exception {
    MailDispatcher down = smtpDown();
    String key = recipient + ":GIVEN-UP";
    queue(key, recipient);
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    String referent = fixtures.structure().referent();
    Instant start = Instant.now();
    try {
      for (int hour = 0; hour <= 71; hour++) {
        at(start.plus(Duration.ofHours(hour)), down);
      }
      assertThat(mails.queuedFor(key).get(0).getStatus()).as("still tried after 71 hours").isEqualTo(OutboxMail.Status.PENDING);
      at(start.plus(Duration.ofHours(73)), down);
      OutboxMail givenUp = mails.queuedFor(key).get(0);
      assertThat(givenUp.getStatus()).isEqualTo(OutboxMail.Status.FAILED);

      ResponseEntity<String> listed = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
          .getForEntity("/api/mails/undelivered", String.class);
      assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(listed.getBody()).contains(recipient, "Orientation ORI-2026-00001 : Candidat embauché");
      assertThat(http.withBasicAuth(referent, TestUsers.PASSWORD).getForEntity("/api/mails/undelivered", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(TestHttp.postJson(http, referent, "/api/mails/" + givenUp.getId() + "/resend", "{}").getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);

      assertThat(TestHttp.postJson(http, coordinator, "/api/mails/" + givenUp.getId() + "/resend", "{}").getStatusCode())
          .isEqualTo(HttpStatus.OK);
      ResponseEntity<String> again = TestHttp.postJson(http, coordinator, "/api/mails/" + givenUp.getId() + "/resend", "{}");
      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(again.getBody()).contains("déjà renvoyé");
      at(start.plus(Duration.ofHours(73)), dispatcher);
      assertThat(mailbox.deliveredTo(recipient)).hasSize(1);
      assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForEntity("/api/mails/undelivered", String.class)
          .getBody()).doesNotContain(recipient);
    } finally {
      ClockUtil.reset();
    }
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
