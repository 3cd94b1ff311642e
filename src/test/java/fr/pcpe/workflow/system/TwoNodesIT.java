package fr.pcpe.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.pcpe.workflow.PcpeWorkflowApplication;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEscalation;
import fr.pcpe.workflow.followup.FollowUpProcess;
import fr.pcpe.workflow.followup.FollowUpService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database (the suite's: PostgreSQL on CI through SPRING_DATASOURCE_URL, else
 * H2 shared in this JVM), both running the job executor and the email outbox with the settings every node
 * has (docker/compose.yaml, docs/adr/0009). Follow-ups are opened on one node with deadlines of seconds, in
 * real time: the other node takes part without being told, every escalation and every email happens
 * once, and the jobs a node had taken when it died are done by the one left.
 */
class TwoNodesIT {

  private static final int FOLLOW_UPS = 150;
  private static final List<Level> LEVELS = List.of(Level.REMINDER, Level.HEAD, Level.COORDINATORS);

  private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

  private ConfigurableApplicationContext node(String name) {
    return new SpringApplicationBuilder(PcpeWorkflowApplication.class).profiles("test").build().run(
        "--server.port=0",
        "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        // what the test profile turns off, as in production: every node runs jobs and sends emails
        "--camunda.bpm.job-execution.enabled=true",
        "--pcpe.mail.dispatch-enabled=true",
        "--pcpe.mail.dispatch-interval=PT1S",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort());
  }

  @AfterEach
  void stop() {
    ClockUtil.reset();
    smtp.stop();
  }

  @Test
  @DisplayName("deux nœuds : les deux exécutent les relances, chaque relance et chaque courriel une seule fois, même quand un nœud meurt")
  void twoNodesShareTheWorkAndDoEachThingOnce() throws Exception {
    smtp.start();
    try (ConfigurableApplicationContext first = node("nodeA")) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      FollowUpService followUps = first.getBean(FollowUpService.class);
      List<String> references = new ArrayList<>();
      List<String> orphans;
      try (ConfigurableApplicationContext second = node("nodeB")) {
        TestStructure structure = TestStructure.create(first, "deuxnoeuds");
        for (int i = 0; i < FOLLOW_UPS; i++) {
          references.add(followUps.open(structure.newCandidate(first), LocalDate.now(first.getBean(Clock.class)),
              structure.referent()).getReference());
        }
        // node B takes ten alerts as its acquisition does (locked in its name for the engine's lock time, from
        // the moment they fall due), then dies without running them
        ProcessEngineConfigurationImpl nodeB = (ProcessEngineConfigurationImpl) second.getBean(ProcessEngine.class)
            .getProcessEngineConfiguration();
        Date due = Date.from(Instant.now().plus(Duration.ofDays(31)));
        List<String> held = references.subList(0, 10);
        orphans = held.stream().map(reference -> engine.getManagementService().createJobQuery()
            .processInstanceId(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(FollowUpProcess.ESCALATION_KEY).processInstanceBusinessKey(reference).singleResult()
                .getId()).singleResult().getId()).toList();
        nodeB.getCommandExecutorTxRequired().execute(commandContext -> {
          for (String id : orphans) {
            JobEntity job = commandContext.getJobManager().findJobById(id);
            job.setLockOwner(nodeB.getJobExecutor().getLockOwner());
            job.setLockExpirationTime(new Date(due.getTime() + nodeB.getJobExecutor().getLockTimeInMillis()));
          }
          return null;
        });
        // a month later every alert is due at once; no node was told (nobody created a job): each finds them
        // by polling, within the 5 s its acquisition waits at most when idle
        ClockUtil.offset(Duration.ofDays(31).toMillis());
        waitFor("every alert but those node B holds", () -> references.stream().filter(reference -> !held.contains(reference))
            .allMatch(reference -> followUps.escalationsOf(reference).size() == LEVELS.size()));
        assertThat(held).allSatisfy(reference -> assertThat(followUps.escalationsOf(reference)).isEmpty());
      }
      // its locks expire 5 minutes after it took them (the engine's lock time): node A takes over
      ClockUtil.offset(Duration.ofDays(31).plusMinutes(6).toMillis());
      waitFor("every alert, the dead node's included", () -> references.stream()
          .allMatch(reference -> followUps.escalationsOf(reference).size() == LEVELS.size()));

      for (String reference : references) {
        assertThat(followUps.escalationsOf(reference)).as(reference).extracting(FollowUpEscalation::getLevel)
            .containsExactlyElementsOf(LEVELS);
      }
      List<HistoricJobLog> succeeded = engine.getHistoryService().createHistoricJobLogQuery().successLog()
          .processDefinitionKey(FollowUpProcess.ESCALATION_KEY).list().stream()
          .filter(log -> references.contains(businessKeyOf(engine, log))).toList();
      assertThat(succeeded).as("each alert's job done once").hasSize(FOLLOW_UPS * LEVELS.size())
          .extracting(HistoricJobLog::getJobId).doesNotHaveDuplicates();
      assertThat(succeeded).extracting(HistoricJobLog::getHostname).as("both nodes took part").contains("nodeA", "nodeB");
      assertThat(succeeded).filteredOn(log -> orphans.contains(log.getJobId()))
          .as("the dead node's jobs, done by the other").hasSize(orphans.size())
          .extracting(HistoricJobLog::getHostname).containsOnly("nodeA");

      waitFor("every alert's email", () -> alertSubjects(references).size() >= FOLLOW_UPS * LEVELS.size());
      Thread.sleep(3_000); // more rounds of the outbox: nothing is sent again
      assertThat(alertSubjects(references)).as("each alert emailed once").hasSize(FOLLOW_UPS * LEVELS.size())
          .doesNotHaveDuplicates();
    }
  }

  private static String businessKeyOf(ProcessEngine engine, HistoricJobLog log) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(log.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }

  /** The subjects of the alerts received about these follow-ups ("Suivi en retard : name (reference) — level"). */
  private List<String> alertSubjects(List<String> references) {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      try {
        String subject = message.getSubject();
        if (references.stream().anyMatch(reference -> subject.contains("(" + reference + ")"))) {
          subjects.add(subject);
        }
      } catch (MessagingException unreadable) {
        throw new IllegalStateException(unreadable);
      }
    }
    return subjects;
  }

  private static void waitFor(String what, Supplier<Boolean> done) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(120);
    while (!done.get()) {
      assertThat(Instant.now()).as("still waiting for " + what).isBefore(deadline);
      Thread.sleep(250);
    }
  }
}
