package fr.pcpe.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pcpe.workflow.PcpeWorkflowApplication;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.demo.DemoData;
import fr.pcpe.workflow.demo.DemoMailCatcher;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.network.NetworkOverview;
import fr.pcpe.workflow.network.NetworkView;
import fr.pcpe.workflow.drive.DriveProcess;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.referral.ReferralFigures;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.system.engine.StartRefusedException;
import fr.pcpe.workflow.system.engine.StartRefusedFailureAnalyzer;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole application starts, outside the shared test context (run by Failsafe, after the suite that shares
 * one context, because these extra engines disturb the webapps of the shared one): refusal without a proper administrator
 * password, the demo profile, and a restart on the embedded H2 file database. A separate engine name
 * keeps these engines apart from the shared context's "default" engine.
 */
class StartupIT {

  private static final String NO_JOB_EXECUTOR = "--camunda.bpm.job-execution.enabled=false";

  private static ConfigurableApplicationContext start(String profiles, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--server.port=0");
    all.add("--camunda.bpm.process-engine-name=startupTest");
    SpringApplication application = new SpringApplicationBuilder(PcpeWorkflowApplication.class)
        .profiles(profiles.split(",")).build();
    return application.run(all.toArray(String[]::new));
  }

  @Test
  @DisplayName("sans mot de passe administrateur (hors démo), l'application refuse de démarrer et dit quoi faire")
  void refusesToStartWithoutAdministratorPassword() {
    assertThatThrownBy(() -> start("test", "--pcpe.admin.password=", NO_JOB_EXECUTOR))
        .hasRootCauseInstanceOf(StartRefusedException.class)
        .rootCause().hasMessageContaining("PCPE_ADMIN_PASSWORD is not set")
        .satisfies(refused -> assertThat(new StartRefusedFailureAnalyzer().analyze((StartRefusedException) refused)
            .getAction()).contains("Set the environment variable PCPE_ADMIN_PASSWORD"));
  }

  @Test
  @DisplayName("avec un mot de passe faible, l'application refuse de démarrer et nomme les règles violées")
  void refusesToStartWithWeakAdministratorPassword() {
    assertThatThrownBy(() -> start("test", "--pcpe.admin.password=admin123", NO_JOB_EXECUTOR))
        .hasRootCauseInstanceOf(StartRefusedException.class)
        .rootCause().hasMessageContaining("too weak").hasMessageContaining("no upper-case letter")
        .hasMessageContaining("no special character").hasMessageContaining("contains the user's id or name");
  }

  @Test
  @DisplayName("un mot de passe parmi les plus courants est refusé, quelle que soit la casse : Password1!")
  void refusesACommonAdministratorPassword() {
    assertThatThrownBy(() -> start("test", "--pcpe.admin.password=Password1!", NO_JOB_EXECUTOR))
        .hasRootCauseInstanceOf(StartRefusedException.class)
        .rootCause().hasMessageContaining("one of the most common passwords");
  }

  @Test
  @DisplayName("une base qui a servi à la démo ne démarre pas hors démo : les comptes de démo ne passent pas en production")
  void refusesToStartOnADemoDatabaseOutsideTheDemo(@TempDir Path dataDir) {
    String[] database = {NO_JOB_EXECUTOR, "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("pcpe")
        + ";DB_CLOSE_ON_EXIT=FALSE", "--spring.datasource.username=sa", "--spring.datasource.password="};
    List<String> demo = new ArrayList<>(List.of(database));
    demo.add("--pcpe.admin.password=");
    try (ConfigurableApplicationContext first = start("test,demo", demo.toArray(String[]::new))) {
      assertThat(first.getBean(ProcessEngine.class).getIdentityService().checkPassword("admin", "Demo-Emploi-93")).isTrue();
    }
    List<String> production = new ArrayList<>(List.of(database));
    production.add("--pcpe.admin.password=Choose-A-Strong-1!");
    assertThatThrownBy(() -> start("test", production.toArray(String[]::new)))
        .hasRootCauseInstanceOf(StartRefusedException.class)
        .rootCause().hasMessageContaining("demo users").hasMessageContaining("coordinatrice");
  }

  @Test
  @DisplayName("PCPE_ADMIN_PASSWORD est le mot de passe de l'administrateur à chaque démarrage ; des échecs ne le bloquent pas")
  void theConfiguredAdministratorPasswordWinsAtEveryStart(@TempDir Path dataDir) {
    String url = "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("pcpe") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (ConfigurableApplicationContext first = start("test", NO_JOB_EXECUTOR, url, "--pcpe.admin.password=First-Secret-2026!")) {
      var identity = first.getBean(ProcessEngine.class).getIdentityService();
      for (int attempt = 0; attempt < 5; attempt++) {
        identity.checkPassword("admin", "Wrong-Guess-2026!");
      }
      assertThat(identity.checkPassword("admin", "First-Secret-2026!")).as("never delayed nor locked by failures").isTrue();
    }
    try (ConfigurableApplicationContext second = start("test", NO_JOB_EXECUTOR, url, "--pcpe.admin.password=Second-Secret-2026!")) {
      var identity = second.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("admin", "Second-Secret-2026!")).isTrue();
      assertThat(identity.checkPassword("admin", "First-Secret-2026!")).isFalse();
    }
  }

  @Test
  @DisplayName("profil démo sur H2 fichier : données de démo une seule fois, rien de redéployé au redémarrage")
  void demoDataAndRestartOnTheH2File(@TempDir Path dataDir) {
    // a real node: the job executor runs, as with ./mvnw spring-boot:run
    String[] args = {"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("pcpe") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--pcpe.admin.password=", "--spring.datasource.username=sa", "--spring.datasource.password=",
        "--camunda.bpm.job-execution.enabled=true", "--spring.mail.host=localhost", "--spring.mail.port=" + freePort()};
    long definitions;
    long deployments;
    long runningDrives;
    try (ConfigurableApplicationContext first = start("test,demo", args)) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      definitions = engine.getRepositoryService().createProcessDefinitionQuery().count();
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
      runningDrives = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(DriveProcess.KEY).count();
      assertThat(runningDrives).isEqualTo(4);
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(PcpeGroups.COORDINATORS)
          .taskDefinitionKey(DriveProcess.TASK_ONBOARD_EMPLOYER).count()).isEqualTo(3);
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(PcpeGroups.COORDINATORS)
          .taskDefinitionKey(DriveProcess.TASK_MONITOR_DRIVE).count()).isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(PcpeGroups.COORDINATORS)
          .taskDefinitionKey(ReferralProcess.TASK_PRESCREEN).count()).isEqualTo(2);
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(PcpeGroups.ofEmployer("81234567600017"))
          .taskDefinitionKey(ReferralProcess.TASK_DECIDE_INTERVIEW).count()).isEqualTo(1);
      for (DemoData.DemoUser user : DemoData.USERS) {
        assertThat(engine.getIdentityService().checkPassword(user.id(), "Demo-Emploi-93")).as(user.id()).isTrue();
      }
      assertThat(engine.getIdentityService().checkPassword("admin", "Demo-Emploi-93")).isTrue();
      assertThat(first.getBean(PartnerStructureRepository.class).count()).isEqualTo(3);
      assertThat(first.getBean(NetworkOverview.class).listing().organizations()).as("the network's listing shows its people")
          .filteredOn(organization -> !organization.people().isEmpty()).extracting(NetworkView.Organization::name)
          .contains("ACI Les Jardins de Bondy", "Association Rebond 93", "France Travail Aulnay-sous-Bois", "LogiNord Entrepôts");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cceFollowUp").count())
          .isEqualTo(8);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cafeContactEmploi")
          .count()).isOne();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("projectIncubation")
          .count()).isEqualTo(3);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("projectIncubation")
          .finished().count()).isOne();
      Clock clock = first.getBean(Clock.class);
      FigureTable contracts = first.getBean(ReferralFigures.class).contracts(new Period(LocalDate.now(clock)
          .withDayOfYear(1), LocalDate.now(clock), null, clock.getZone())).published();
      assertThat(contracts.rows()).as("the impact page's charts have hires to draw")
          .anySatisfy(row -> assertThat(row.get(1)).isInstanceOf(Long.class).isNotEqualTo(0L));
      // the demo's mail catcher holds what the application sent: the coordination reads it at /courrier-demo
      first.getBean(MailDispatcher.class).drain();
      assertThat(first.getBean(DemoMailCatcher.class).inbox()).as("the demo's emails, caught").isNotEmpty()
          .allSatisfy(mail -> assertThat(mail.subject()).isNotBlank());
      HealthComponent health = first.getBean(HealthEndpoint.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(((CompositeHealth) health).getComponents()).containsKeys("db", "processEngine", "jobExecutor", "mail");
      assertThat(engine.getRepositoryService().getDeploymentResourceNames(
          engine.getRepositoryService().createDeploymentQuery().list().get(0).getId()))
          .anyMatch(name -> name.endsWith("forms/drive/onboard-employer.form"));
    }
    try (ConfigurableApplicationContext second = start("test,demo", args)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(definitions);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(DriveProcess.KEY).count()).isEqualTo(runningDrives);
      assertThat(second.getBean(PartnerStructureRepository.class).count()).isEqualTo(3);
    }
  }

  @ParameterizedTest(name = "sur fichier H2 : {0}")
  @ValueSource(booleans = {false, true})
  @DisplayName("un suivi dont les échéances sont en attente : après un redémarrage, ses minuteurs se déclenchent")
  void pendingTimersFireAfterARestart(boolean h2File, @TempDir Path dataDir) {
    // the suite's database (PostgreSQL on CI, through SPRING_DATASOURCE_URL), then the embedded H2 file
    String[] database = h2File
        ? new String[] {NO_JOB_EXECUTOR, "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("pcpe")
            + ";DB_CLOSE_ON_EXIT=FALSE", "--spring.datasource.username=sa", "--spring.datasource.password="}
        : new String[] {NO_JOB_EXECUTOR};
    String reference;
    try (ConfigurableApplicationContext first = start("test", database)) {
      TestStructure structure = TestStructure.create(first, "restart");
      reference = first.getBean(FollowUpService.class)
          .open(structure.newCandidate(first), LocalDate.now(first.getBean(Clock.class)), structure.referent())
          .getReference();
    }
    try (ConfigurableApplicationContext second = start("test", database)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      FollowUpService followUps = second.getBean(FollowUpService.class);
      try {
        // the alerts run in followUpEscalation, called by the follow-up with the same business key
        TestClock.daysAfter(Instant.now(), 8, engine.getManagementService(), engine.getRuntimeService(), reference);
      } finally {
        ClockUtil.reset();
      }
      assertThat(followUps.escalationsOf(reference)).hasSize(1);
    }
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException none) {
      throw new java.io.UncheckedIOException(none);
    }
  }
}
