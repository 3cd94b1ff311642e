package fr.pcpe.workflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.PcpeWorkflowApplication;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpEnums.Origin;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.RetentionProcess.Vars;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * processes/referral/hire-retention.bpmn: one and six months after the start of a hire, the employer says whether the
 * person is still employed and how it goes; a departure reaches the structure, which restarts a follow-up in one
 * step. Every timer by moving the clock.
 */
@IntegrationTest
class HireRetentionProcessTest {

  private static final Pattern LINK = Pattern.compile("/decision-employeur\\.html#([A-Za-z0-9_-]+)");

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestUsers users;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RetentionCheckRepository checks;
  @Autowired
  ReferralFigures figures;
  @Autowired
  FollowUpService followUps;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  TestRestTemplate http;

  private Instant start;
  private Mailbox mailbox;
  private TestReferrals.TestStructure structure;
  private Referral referral;
  private ProcessInstance instance;
  private String employerEmail;
  private LocalDate jobStart;

  @BeforeEach
  void hire() {
    BpmnAwareTests.init(processEngine);
    mailbox = new Mailbox(greenMail, dispatcher);
    var drive = drives.open(5);
    employerEmail = drives.find(drive.getBusinessKey()).getEmployer().getContactEmail();
    structure = fixtures.structure();
    referral = fixtures.hired(drive.getBusinessKey(), structure, "CDI");
    jobStart = TestDrives.today().plusDays(10);
    start = ClockUtil.now().toInstant();
    instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(RetentionProcess.KEY)
        .processInstanceBusinessKey(referral.getReference()).singleResult();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Days from the hire to 8 a.m. {@code months} months after the start of the job. */
  private double checkDay(int months) {
    return Duration.between(start, jobStart.plusMonths(months).atTime(8, 0)
        .atZone(ZoneId.of(PcpeWorkflowApplication.ZONE)).toInstant()).toMinutes() / (24 * 60.0);
  }

  private void daysLater(double days) {
    TestClock.daysAfter(start, days, managementService, instance.getId());
  }

  private Task check() {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(RetentionProcess.TASK_CHECK).singleResult();
  }

  private static Map<String, Object> stillEmployed(String satisfaction) {
    return Map.of(Vars.EMPLOYMENT_STATUS.name(), "STILL_EMPLOYED", Vars.SATISFACTION.name(), satisfaction,
        Vars.RETENTION_COMMENT.name(), "Ponctuelle, bien intégrée à l'équipe");
  }

  private Map<String, Object> left(LocalDate on) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.EMPLOYMENT_STATUS.name(), "LEFT");
    form.put(Vars.LEFT_ON.name(), on == null ? null : on.toString());
    form.put(Vars.SATISFACTION.name(), "DISSATISFIED");
    form.put(Vars.RETENTION_COMMENT.name(), "Horaires de nuit trop difficiles");
    return form;
  }

  private long raw(FigureTable table, int row, int column) {
    return ((FigureTable.People) table.rows().get(row).get(column)).count();
  }

  private Period thisYearAndNext() {
    LocalDate today = TestDrives.today();
    return new Period(today.withDayOfYear(1), today.plusYears(1), null, ZoneId.of(PcpeWorkflowApplication.ZONE));
  }

  @Test
  @DisplayName("un mois après le début du contrat à 8 h, l'employeur est interrogé ; « toujours en poste » : le point à six mois suit, puis la fin")
  void theEmployerIsAskedAtOneAndSixMonths() {
    Period period = thisYearAndNext(); // read before the clock moves
    FigureTable before = figures.retention(period);
    assertThat(instance).isWaitingAt(RetentionProcess.TIMER_CHECK_DUE);
    daysLater(checkDay(1) - 0.01);
    assertThat(check()).isNull();
    assertThat(mailbox.deliveredTo(employerEmail)).noneMatch(mail -> mail.subject().contains("Comment se passe"));

    daysLater(checkDay(1) + 0.01);

    Task first = check();
    assertThat(first.getName()).isEqualTo("Faire le point sur l'emploi à 1 mois — Awa Diallo, "
        + referral.getDrive().getEmployer().getName());
    assertThat(taskService.createTaskQuery().taskId(first.getId())
        .taskCandidateGroup(referral.getDrive().getEmployer().getGroupId()).count()).isOne();
    assertThat(mailbox.deliveredTo(employerEmail)).filteredOn(mail -> mail.subject().contains("Comment se passe"))
        .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Awa Diallo", "il y a 1 mois",
            "le " + FrenchDates.day(jobStart), "/decision-employeur.html#", "/candidatures-employeur.html#"));
    taskService.complete(first.getId(), stillEmployed("VERY_SATISFIED"));

    assertThat(instance).isWaitingAt(RetentionProcess.TIMER_CHECK_DUE);
    assertThat(runtimeService.getVariable(instance.getId(), Vars.EMPLOYMENT_STATUS.name()))
        .as("the next check's form starts empty").isNull();
    daysLater(checkDay(6) + 0.01);
    Task second = check();
    assertThat(second.getName()).startsWith("Faire le point sur l'emploi à 6 mois — Awa Diallo");
    assertThat(taskService.getVariable(second.getId(), Vars.SATISFACTION.name())).isNull();
    taskService.complete(second.getId(), stillEmployed("SATISFIED"));

    assertThat(instance).isEnded().hasPassed(RetentionProcess.END_STILL_EMPLOYED);
    assertThat(checks.findByHireReferralCandidateId(referral.getCandidate().getId()))
        .extracting(RetentionCheck::getMonths, RetentionCheck::getStillEmployed, RetentionCheck::getSatisfaction)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, true, Satisfaction.VERY_SATISFIED),
            org.assertj.core.groups.Tuple.tuple(6, true, Satisfaction.SATISFIED));
    FigureTable after = figures.retention(period);
    for (int row = 0; row < 2; row++) {
      assertThat(raw(after, row, 1)).as("asked").isEqualTo(raw(before, row, 1) + 1);
      assertThat(raw(after, row, 2)).as("answered").isEqualTo(raw(before, row, 2) + 1);
      assertThat(raw(after, row, 3)).as("still employed").isEqualTo(raw(before, row, 3) + 1);
    }
  }

  @Test
  @DisplayName("employeur silencieux sur le point : relancé à J+3 et J+7 avec un nouveau lien, le point clos sans réponse à J+30, le suivant a lieu")
  void aSilentEmployerIsRemindedThenTheCheckEndsUnanswered() {
    double opened = checkDay(1) + 0.01;
    daysLater(opened);
    assertThat(check()).isNotNull();

    daysLater(opened + 2.9);
    assertThat(mailbox.deliveredTo(employerEmail)).noneMatch(mail -> mail.subject().startsWith("Relance : comment"));
    daysLater(opened + 3.01);
    assertThat(mailbox.deliveredTo(employerEmail)).filteredOn(mail -> mail.subject().startsWith("Relance : comment"))
        .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Awa Diallo", "/decision-employeur.html#"));
    daysLater(opened + 7.01);
    assertThat(mailbox.deliveredTo(employerEmail)).filteredOn(mail -> mail.subject().startsWith("Relance : comment"))
        .hasSize(2);
    daysLater(opened + 29.9);
    assertThat(check()).isNotNull();
    daysLater(opened + 30.01);

    assertThat(instance).hasPassed(RetentionProcess.TIMER_CHECK_EXPIRES).isWaitingAt(RetentionProcess.TIMER_CHECK_DUE);
    assertThat(checks.findByHireReferralReferenceAndMonths(referral.getReference(), 1)).get()
        .satisfies(unanswered -> assertThat(unanswered.getAnsweredAt()).isNull());
    daysLater(checkDay(6) + 0.01);
    assertThat(check().getName()).startsWith("Faire le point sur l'emploi à 6 mois");
  }

  @Test
  @DisplayName("départ signalé par le lien de l'employeur : la structure prévenue, elle reprend l'accompagnement en une étape avec un référent")
  void aDepartureReachesTheStructureWhichRestartsAFollowUp() {
    daysLater(checkDay(1) + 0.01);
    LocalDate leftOn = jobStart.plusDays(20);
    Matcher link = LINK.matcher(mailbox.deliveredTo(employerEmail).stream()
        .filter(mail -> mail.subject().contains("Comment se passe")).reduce((a, b) -> b).orElseThrow().body());
    assertThat(link.find()).isTrue();

    ResponseEntity<JsonNode> page = http.exchange("/links/employer", HttpMethod.GET, new HttpEntity<>(headers(link.group(1))),
        JsonNode.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody().get("candidateName").asText()).isEqualTo("Awa Diallo");
    assertThat(page.getBody().get("taskName").asText()).startsWith("Faire le point sur l'emploi à 1 mois");
    ResponseEntity<JsonNode> answered = http.exchange("/links/employer", HttpMethod.POST,
        new HttpEntity<>(left(leftOn), headers(link.group(1))), JsonNode.class);
    assertThat(answered.getStatusCode().value()).isEqualTo(200);

    assertThat(instance).isWaitingAt(RetentionProcess.TASK_RESTART);
    assertThat(mailbox.deliveredTo(structure.structure().getEmail()))
        .filteredOn(mail -> mail.subject().contains("a quitté son emploi") && mail.body().contains(referral.getReference()))
        .singleElement()
        .satisfies(mail -> assertThat(mail.body()).contains("Awa Diallo", "le " + FrenchDates.day(leftOn),
            "peu satisfait", "Horaires de nuit trop difficiles", "Reprendre l'accompagnement après le départ"));
    Task restart = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(RetentionProcess.TASK_RESTART).singleResult();
    assertThat(taskService.createTaskQuery().taskId(restart.getId())
        .taskCandidateGroup(structure.structure().getGroupId()).count()).isOne();
    assertThat(taskService.createTaskQuery().taskId(restart.getId())
        .taskCandidateGroup(PcpeGroups.headsOf(structure.structure().getGroupId())).count()).isOne();
    assertThat((String) taskService.getVariable(restart.getId(), Vars.DEPARTURE_CONTEXT.name()))
        .contains("Awa Diallo", FrenchDates.day(leftOn), "Horaires de nuit");
    assertThat(taskService.getVariableTyped(restart.getId(), Vars.REFERENT_OPTIONS.name()).getValue().toString())
        .contains(structure.referent());

    String otherStructure = users.create("ailleurs", fixtures.structure().structure().getGroupId());
    assertThatThrownBy(() -> taskService.complete(restart.getId(), Map.of(Vars.RESTART_DECISION.name(), "RESTART",
        Vars.NEW_REFERENT_ID.name(), otherStructure))).isInstanceOf(FormFieldValidationException.class);
    assertThat(followUps.openOf(referral.getCandidate().getId())).isEmpty();
    taskService.complete(restart.getId(), Map.of(Vars.RESTART_DECISION.name(), "RESTART",
        Vars.NEW_REFERENT_ID.name(), structure.referent()));

    assertThat(instance).isEnded().hasPassed(RetentionProcess.END_RESTARTED);
    FollowUp followUp = followUps.openOf(referral.getCandidate().getId()).orElseThrow();
    assertThat(followUp.getOrigin()).isEqualTo(Origin.JOB_ENDED);
    assertThat(followUp.getEventDate()).isEqualTo(leftOn);
    assertThat(followUp.getReferentUserId()).isEqualTo(structure.referent());
    assertThat(checks.findByHireReferralReferenceAndMonths(referral.getReference(), 6)).isEmpty();
  }

  @Test
  @DisplayName("départ sans date, ou avant le début du contrat : refusé, rien ne change ; la structure peut ne pas reprendre")
  void badAnswersAreRefusedAndTheStructureMayNotRestart() {
    daysLater(checkDay(1) + 0.01);
    String task = check().getId();

    assertThatThrownBy(() -> taskService.complete(task, left(null))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("date du départ");
    assertThatThrownBy(() -> taskService.complete(task, left(jobStart.minusDays(1))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("date du départ");
    assertThatThrownBy(() -> taskService.complete(task, Map.of(Vars.EMPLOYMENT_STATUS.name(), "STILL_EMPLOYED")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("satisfait");
    assertThat(instance).isWaitingAt(RetentionProcess.TASK_CHECK);
    assertThat(checks.findByHireReferralReferenceAndMonths(referral.getReference(), 1)).get()
        .satisfies(asked -> assertThat(asked.getAnsweredAt()).isNull());

    taskService.complete(task, left(jobStart.plusDays(5)));
    Task restart = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(RetentionProcess.TASK_RESTART).singleResult();
    assertThatThrownBy(() -> taskService.complete(restart.getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("accompagnement");
    taskService.complete(restart.getId(), Map.of(Vars.RESTART_DECISION.name(), "NO_RESTART"));

    assertThat(instance).isEnded().hasPassed(RetentionProcess.END_NOT_RESTARTED);
    assertThat(followUps.openOf(referral.getCandidate().getId())).isEmpty();
  }

  @Test
  @DisplayName("départ sans décision de la structure : la reprise proposée se ferme au bout de 30 jours, sans suivi ouvert")
  void aSilentStructureLetsTheRestartExpire() {
    daysLater(checkDay(1) + 0.01);
    taskService.complete(check().getId(), left(jobStart.plusDays(5)));
    assertThat(instance).isWaitingAt(RetentionProcess.TASK_RESTART);

    daysLater(checkDay(1) + 29.9);
    assertThat(instance).isWaitingAt(RetentionProcess.TASK_RESTART);
    daysLater(checkDay(1) + 30.1);

    assertThat(instance).isEnded().hasPassed(RetentionProcess.END_RESTART_UNANSWERED);
    assertThat(followUps.openOf(referral.getCandidate().getId())).isEmpty();
  }

  private static HttpHeaders headers(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Link-Token", token);
    return headers;
  }
}
