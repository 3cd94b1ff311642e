package fr.pcpe.workflow.cce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.cce.CceProcess.Vars;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.TestReferrals;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** processes/cce/cafe-contact-emploi.bpmn, its timers moved by the clock. */
@IntegrationTest
class CafeContactEmploiProcessTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  CceService cces;
  @Autowired
  FollowUpService followUps;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestRestTemplate http;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Task task(ProcessInstance cce) {
    return taskService.createTaskQuery().processInstanceId(cce.getId()).singleResult();
  }

  /** Moves the clock to the timer's date (plus a minute) and runs it. */
  private void fire(ProcessInstance cce, String timerId) {
    Job timer = managementService.createJobQuery().processInstanceId(cce.getId()).activityId(timerId).singleResult();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    managementService.executeJob(timer.getId());
  }

  private ProcessInstance plannedWithOffer(LocalDate eventDate) {
    ProcessInstance cce = runtimeService.startProcessInstanceByKey(CceProcess.KEY);
    taskService.complete(task(cce).getId(), Map.of(Vars.CITY.name(), "Clichy-sous-Bois", Vars.VENUE.name(), "Maison de l'emploi",
        Vars.AUDIENCE.name(), "Bénéficiaires du RSA", Vars.EVENT_DATE.name(), eventDate.toString()));
    Long offerId = drives.find(drives.open(5).getBusinessKey()).getJobOffer().getId();
    taskService.complete(task(cce).getId(), Map.of(Vars.OFFERS.name(), "[\"" + offerId + "\"]"));
    return cce;
  }

  @Test
  @DisplayName("un Café complet : offres, invitations par les structures, rappel à J-2, présence en une fois, suivis, bilan à 3 mois")
  void wholeCafe() {
    LocalDate eventDate = TestDrives.today().plusDays(10);
    TestReferrals.TestStructure structure = fixtures.structure();
    ProcessInstance cce = plannedWithOffer(eventDate);
    String reference = cce.getBusinessKey();
    assertThat(reference).matches("CCE-\\d{4}-\\d{3}");
    long hired = fixtures.candidate(structure).getId();
    long leftWithoutJob = fixtures.candidate(structure).getId();
    long absent = fixtures.candidate(structure).getId();
    for (long candidate : List.of(hired, leftWithoutJob, absent)) {
      assertThat(TestHttp.postJson(http, structure.referent(), "/api/cce/" + reference + "/invitations",
          "{\"candidateId\":" + candidate + "}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    assertThat(TestHttp.postJson(http, structure.referent(), "/api/cce/" + reference + "/invitations",
        "{\"candidateId\":" + hired + "}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Mailbox mailbox = new Mailbox(greenMail, dispatcher);
    assertThat(mailbox.deliveredTo(structure.structure().getEmail()))
        .anyMatch(mail -> mail.subject().contains("invitez vos candidats"));

    fire(cce, CceProcess.TIMER_REMINDER);
    assertThat(ClockUtil.now().toInstant()).isBefore(eventDate.minusDays(1).atStartOfDay(PARIS).toInstant());
    assertThat(mailbox.deliveredTo(structure.referent() + "@test.example"))
        .filteredOn(mail -> mail.subject().startsWith("Rappel")).hasSize(3);

    fire(cce, CceProcess.TIMER_EVENT_DAY);
    Task attendance = task(cce);
    assertThat(attendance.getTaskDefinitionKey()).isEqualTo(CceProcess.TASK_RECORD_ATTENDANCE);
    List<CceInvitation> invitations = cces.invitationsOf(reference);
    String first = "\"" + invitations.get(0).getId() + "\"";
    String second = "\"" + invitations.get(1).getId() + "\"";
    assertThatThrownBy(() -> taskService.complete(attendance.getId(), Map.of(Vars.ATTENDEES.name(), "[" + second + "]",
        Vars.HIRED.name(), "[" + first + "]", Vars.SHORTLISTED.name(), "[]")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("cochés présents");
    taskService.complete(attendance.getId(), Map.of(Vars.ATTENDEES.name(), "[" + first + "," + second + "]",
        Vars.HIRED.name(), "[" + first + "]", Vars.SHORTLISTED.name(), "[" + second + "]"));

    List<CceInvitation> recorded = cces.invitationsOf(reference);
    assertThat(recorded.get(0).getFollowUpReference()).isNull();
    assertThat(recorded.get(1).getFollowUpReference()).isNotNull();
    assertThat(recorded.get(2).getFollowUpReference()).as("invited, did not come: followed too (configurable)").isNotNull();
    assertThat(followUps.find(recorded.get(1).getFollowUpReference()).getEventDate()).isEqualTo(eventDate);

    fire(cce, CceProcess.TIMER_REPORT_DUE);
    String report = (String) runtimeService.getVariable(cce.getId(), Vars.CCE_REPORT.name());
    assertThat(report).contains("Clichy-sous-Bois", "Offres : **1**", "Invités : **3**", "Présents : **2**",
        "Embauchés le jour même : **1**");
    taskService.complete(task(cce).getId());
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(cce.getId()).finished().count())
        .isOne();
  }

  @Test
  @DisplayName("sans offre, ou à plus d'un an : refusé, la tâche reste")
  void badPlanOrNoOfferIsRefused() {
    ProcessInstance cce = runtimeService.startProcessInstanceByKey(CceProcess.KEY);
    String plan = task(cce).getId();
    assertThatThrownBy(() -> taskService.complete(plan, Map.of(Vars.CITY.name(), "Bondy", Vars.VENUE.name(), "Mairie",
        Vars.EVENT_DATE.name(), TestDrives.today().minusDays(400).toString())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("date du Café");
    taskService.complete(plan, Map.of(Vars.CITY.name(), "Bondy", Vars.VENUE.name(), "Mairie",
        Vars.EVENT_DATE.name(), TestDrives.today().plusDays(3).toString()));

    String offers = task(cce).getId();
    assertThatThrownBy(() -> taskService.complete(offers, Map.of(Vars.OFFERS.name(), "[]")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("au moins une offre");
    assertThat(task(cce).getTaskDefinitionKey()).isEqualTo(CceProcess.TASK_COLLECT_OFFERS);
  }
}
