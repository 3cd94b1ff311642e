package fr.pcpe.workflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.system.security.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
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

/** An employer decides from the link in the email, without an account; each rule of the link, one by one. */
@IntegrationTest
class EmployerLinkTest {

  private static final Pattern LINK = Pattern.compile("/decision-employeur\\.html#([A-Za-z0-9_-]+)");

  @Autowired
  ReferralService referrals;
  @Autowired
  TestDrives drives;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  TestRestTemplate http;

  private Mailbox mailbox;
  private String employerEmail;

  @BeforeEach
  void mailbox() {
    mailbox = new Mailbox(greenMail, dispatcher);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A referral pre-screened by the PCPE: the employer's interview decision waits, its link emailed. */
  private Referral sentToEmployer() {
    var drive = drives.open(5);
    employerEmail = drives.find(drive.getBusinessKey()).getEmployer().getContactEmail();
    TestReferrals.TestStructure structure = fixtures.structure();
    Referral referral = referrals.refer(drive.getBusinessKey(), fixtures.candidate(structure).getId(),
        "Très motivée, CACES 1", new Caller(structure.referent(), fixtures.groupsOf(structure)));
    taskService.complete(task(referral).getId(), Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    return referral;
  }

  private Task task(Referral referral) {
    return taskService.createTaskQuery().processInstanceBusinessKey(referral.getReference()).singleResult();
  }

  private String instanceOf(Referral referral) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(referral.getReference())
        .singleResult().getId();
  }

  /** The newest link emailed to the employer about this referral. */
  private String linkFor(Referral referral) {
    List<Mailbox.Mail> mails = mailbox.deliveredTo(employerEmail).stream()
        .filter(mail -> mail.body().contains(referral.getReference())).toList();
    assertThat(mails).isNotEmpty();
    Matcher link = LINK.matcher(mails.get(mails.size() - 1).body());
    assertThat(link.find()).as("a link in the email").isTrue();
    return link.group(1);
  }

  private ResponseEntity<JsonNode> open(String token) {
    return http.exchange("/links/employer", HttpMethod.GET, new HttpEntity<>(headers(token)), JsonNode.class);
  }

  private ResponseEntity<JsonNode> submit(String token, Map<String, Object> values) {
    return http.exchange("/links/employer", HttpMethod.POST, new HttpEntity<>(values, headers(token)), JsonNode.class);
  }

  private static HttpHeaders headers(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Link-Token", token);
    return headers;
  }

  private static Map<String, Object> interviewIn(int days) {
    return Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW",
        Vars.INTERVIEW_DATE.name(), TestDrives.today().plusDays(days).toString());
  }

  @Test
  @DisplayName("la page des candidatures en attente : toutes celles de l'employeur, nommées, datées, chacune avec son lien ; aucune d'un autre")
  void theEmployersOverviewListsEveryAnswerTheyOwe() {
    Referral first = sentToEmployer();
    TestReferrals.TestStructure structure = fixtures.structure();
    Referral second = referrals.refer(first.getDrive().getReference(), fixtures.candidate(structure).getId(), null,
        new Caller(structure.referent(), fixtures.groupsOf(structure)));
    taskService.complete(task(second).getId(), Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    String ownEmail = employerEmail;
    Referral elsewhere = sentToEmployer();
    Matcher overviewLink = Pattern.compile("/candidatures-employeur\\.html#([A-Za-z0-9_-]+)").matcher(mailbox
        .deliveredTo(ownEmail).get(0).body());
    assertThat(overviewLink.find()).as("every email to the employer links to the overview").isTrue();

    ResponseEntity<JsonNode> overview = http.exchange("/links/employer/overview", HttpMethod.GET,
        new HttpEntity<>(headers(overviewLink.group(1))), JsonNode.class);

    assertThat(overview.getStatusCode().value()).isEqualTo(200);
    assertThat(overview.getBody().path("employerName").asText()).isEqualTo(first.getDrive().getEmployer().getName());
    JsonNode pending = overview.getBody().path("pending");
    assertThat(pending).hasSize(2);
    assertThat(pending.toString()).contains("Awa Diallo", "Proposer un entretien ou non",
        "Préparateur de commandes chez " + first.getDrive().getEmployer().getName())
        .doesNotContain(elsewhere.getDrive().getEmployer().getName());
    assertThat(pending.get(0).path("dueDay").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
    String answer = pending.get(0).path("decisionUrl").asText().replaceAll(".*#", "");
    assertThat(open(answer).getBody().path("form").path("id").asText()).isEqualTo("form_decideInterview");
    assertThat(submit(answer, interviewIn(2)).getStatusCode().value()).isEqualTo(200);
    assertThat(http.exchange("/links/employer/overview", HttpMethod.GET, new HttpEntity<>(headers(overviewLink.group(1))),
        JsonNode.class).getBody().path("pending")).as("the answered one is gone, the link works again").hasSize(1);
    assertThat(http.exchange("/links/employer/overview", HttpMethod.GET, new HttpEntity<>(headers("inconnu")),
        JsonNode.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  @DisplayName("du lien de l'e-mail, sans compte : le contexte, le formulaire de Tasklist, puis l'entretien et l'embauche")
  void employerDecidesFromTheLink() {
    Referral referral = sentToEmployer();
    String token = linkFor(referral);

    ResponseEntity<JsonNode> page = open(token);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(page.getBody().path("candidateName").asText()).isEqualTo("Awa Diallo");
    assertThat(page.getBody().path("structureComment").asText()).isEqualTo("Très motivée, CACES 1");
    assertThat(page.getBody().path("form").path("id").asText()).isEqualTo("form_decideInterview");
    assertThat(open(token).getStatusCode().value()).as("opening again: nothing changed").isEqualTo(200);
    assertThat(task(referral).getTaskDefinitionKey()).isEqualTo(ReferralProcess.TASK_DECIDE_INTERVIEW);

    assertThat(page.getBody().path("formData").path("candidateName").asText()).isEqualTo("Awa Diallo");
    assertThat(page.getBody().path("formData").path("driveTitle").asText())
        .isEqualTo("Préparateur de commandes chez " + referral.getDrive().getEmployer().getName());
    assertThat(page.getBody().path("formData").path("employerContext").asText()).contains("Très motivée, CACES 1")
        .doesNotContain("RSA");
    ResponseEntity<JsonNode> farAway = submit(token, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW",
        Vars.INTERVIEW_DATE.name(), "9999-01-01"));
    assertThat(farAway.getStatusCode().value()).isEqualTo(400);
    assertThat(farAway.getBody().path("detail").asText()).contains("six mois");
    assertThat(task(referral).getTaskDefinitionKey()).isEqualTo(ReferralProcess.TASK_DECIDE_INTERVIEW);

    Map<String, Object> withForeignField = new HashMap<>(interviewIn(3));
    withForeignField.put(Vars.EMPLOYER_GROUP_ID.name(), "pcpe-employer-other");
    assertThat(submit(token, withForeignField).getStatusCode().value()).isEqualTo(200);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceOf(referral))
        .variableName(Vars.EMPLOYER_GROUP_ID.name()).singleResult().getValue())
        .as("a field outside the form is ignored").isEqualTo(referral.getDrive().getEmployer().getGroupId());
    assertThat(submit(token, interviewIn(4)).getStatusCode().value()).as("single use").isEqualTo(410);
    assertThat(task(referral)).as("no hire to confirm before the interview").isNull();

    fixtures.interviewHeld(referral.getReference());
    String hireToken = linkFor(referral);
    assertThat(hireToken).isNotEqualTo(token);
    assertThat(open(hireToken).getBody().path("form").path("id").asText()).isEqualTo("form_confirmHire");
    Map<String, Object> hired = Map.of(Vars.HIRE_DECISION.name(), "HIRED", Vars.CONTRACT_TYPE.name(), "CDI",
        Vars.HIRE_START_DATE.name(), TestDrives.today().plusDays(10).toString(), Vars.WEEKLY_HOURS.name(), 35);
    assertThat(submit(hireToken, hired).getStatusCode().value()).isEqualTo(200);
    assertThat(referrals.find(referral.getReference()).getStatus()).isEqualTo(ReferralStatus.HIRED);
  }

  @Test
  @DisplayName("une décision incomplète est refusée en français, sans rien changer, et le lien reste utilisable")
  void refusedInputKeepsTheLink() {
    Referral referral = sentToEmployer();
    String token = linkFor(referral);

    ResponseEntity<JsonNode> refused = submit(token, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().path("detail").asText()).contains("date");
    assertThat(task(referral).getTaskDefinitionKey()).isEqualTo(ReferralProcess.TASK_DECIDE_INTERVIEW);
    assertThat(submit(token, interviewIn(2)).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  @DisplayName("un lien inconnu ou altéré, expiré, ou d'une tâche déjà faite dans Tasklist ne change rien")
  void unusableLinks() {
    Referral referral = sentToEmployer();
    String token = linkFor(referral);
    String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

    assertThat(open("inconnu").getStatusCode().value()).isEqualTo(404);
    assertThat(submit(tampered, interviewIn(2)).getStatusCode().value()).isEqualTo(404);
    assertThat(open(tampered).getBody().path("detail").asText()).contains("pas valide");

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(15))));
    ResponseEntity<JsonNode> expired = submit(token, interviewIn(20));
    assertThat(expired.getStatusCode().value()).isEqualTo(410);
    assertThat(expired.getBody().path("detail").asText()).contains("expiré");
    ClockUtil.reset();
    assertThat(task(referral).getTaskDefinitionKey()).isEqualTo(ReferralProcess.TASK_DECIDE_INTERVIEW);

    taskService.complete(task(referral).getId(), interviewIn(2));
    ResponseEntity<JsonNode> done = open(token);
    assertThat(done.getStatusCode().value()).isEqualTo(410);
    assertThat(done.getBody().path("detail").asText()).contains("déjà été prise");
    assertThat(submit(token, Map.of(Vars.INTERVIEW_DECISION.name(), "NOT_RETAINED")).getStatusCode().value())
        .isEqualTo(410);
    assertThat(referrals.find(referral.getReference()).getStatus()).isEqualTo(ReferralStatus.INTERVIEW_PLANNED);
  }

  @Test
  @DisplayName("le lien d'une orientation n'agit sur aucune autre")
  void aLinkActsOnItsTaskOnly() {
    Referral first = sentToEmployer();
    String firstToken = linkFor(first);
    Referral second = sentToEmployer();

    assertThat(submit(firstToken, interviewIn(2)).getStatusCode().value()).isEqualTo(200);
    assertThat(referrals.find(first.getReference()).getStatus()).isEqualTo(ReferralStatus.INTERVIEW_PLANNED);
    assertThat(task(second).getTaskDefinitionKey()).isEqualTo(ReferralProcess.TASK_DECIDE_INTERVIEW);
  }

  @Test
  @DisplayName("trop d'essais de liens non valides depuis un poste : les suivants refusés un quart d'heure, un bon lien passe toujours")
  void failedAttemptsAreLimited() {
    Referral referral = sentToEmployer();
    String token = linkFor(referral);
    // in the past, so that the failures are forgotten once the clock is back
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(1))));
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(open("essai-" + attempt).getStatusCode().value()).isEqualTo(404);
    }
    ResponseEntity<JsonNode> blocked = open("essai-suivant");
    assertThat(blocked.getStatusCode().value()).isEqualTo(429);
    assertThat(blocked.getBody().path("detail").asText()).contains("Trop d'essais");
    assertThat(open(token).getStatusCode().value()).as("a colleague's valid link from the same address").isEqualTo(200);
    ClockUtil.reset();
    assertThat(open(token).getStatusCode().value()).isEqualTo(200);
  }
}
