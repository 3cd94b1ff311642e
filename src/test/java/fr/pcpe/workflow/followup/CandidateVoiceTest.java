package fr.pcpe.workflow.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.cce.TestCces;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.Referral;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The candidate's own voice: without a recorded meeting, a candidate who agreed is asked by email
 * whether their referent contacted them; "no" raises the alarm at once, "yes" counts as a contact.
 */
@IntegrationTest
class CandidateVoiceTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Pattern LINK = Pattern.compile("/contact\\.html#([A-Za-z0-9_-]+)");
  private static final String COORDINATION = "coordination@pcpe93.example";

  @Autowired
  FollowUpService followUps;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestUsers users;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  MailService mails;
  @Autowired
  ManagementService managementService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  TestRestTemplate http;
  @Autowired
  TestCces testCces;
  @Autowired
  TestDrives testDrives;
  @Autowired
  ReferralService referrals;

  private TestReferrals.TestStructure structure;
  private Mailbox mailbox;
  private LocalDate eventDate;
  private Instant eventStart;
  private String bakary;

  @BeforeEach
  void aStructureWithAReferentAndAHead() {
    structure = fixtures.structure();
    users.create("head", PcpeGroups.headsOf(structure.structure().getGroupId()));
    mailbox = new Mailbox(greenMail, dispatcher);
    eventDate = TestDrives.today();
    eventStart = eventDate.atStartOfDay(PARIS).toInstant();
    bakary = "bakary." + System.nanoTime() + "@test.example"; // the mailbox outlives each test
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private FollowUp followUpOf(boolean contactConsent, String email) {
    Candidate candidate = candidates.save(new Candidate("Bakary", "Sissoko", structure.structure(), Instant.now(),
        structure.referent()).contact(email, null, "Bondy").followedBy(structure.referent(), true)
        .contactConsent(contactConsent ? Instant.now() : null));
    return followUps.open(candidate.getId(), eventDate, structure.referent());
  }

  private void daysLater(FollowUp followUp, double days) {
    TestClock.daysAfter(eventStart, days, managementService, runtimeService, followUp.getReference());
  }

  private List<FollowUpEscalation> escalations(FollowUp followUp) {
    return followUps.escalationsOf(followUp.getReference());
  }

  private List<Level> levels(FollowUp followUp) {
    return escalations(followUp).stream().map(FollowUpEscalation::getLevel).toList();
  }

  private List<Mailbox.Mail> questions(String email) {
    return mailbox.deliveredTo(email).stream().filter(mail -> mail.subject().contains("avez-vous eu des nouvelles")).toList();
  }

  private String tokenIn(Mailbox.Mail mail) {
    Matcher link = LINK.matcher(mail.body());
    assertThat(link.find()).as("a personal link in: " + mail.body()).isTrue();
    return link.group(1);
  }

  private ResponseEntity<JsonNode> open(String token) {
    return http.exchange("/links/candidate", HttpMethod.GET, new HttpEntity<>(headers(token)), JsonNode.class);
  }

  private ResponseEntity<JsonNode> answer(String token, Object contacted) {
    return http.exchange("/links/candidate", HttpMethod.POST,
        new HttpEntity<>(contacted == null ? Map.of() : Map.of("contacted", contacted), headers(token)), JsonNode.class);
  }

  private static HttpHeaders headers(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Link-Token", token);
    return headers;
  }

  @Test
  @DisplayName("pas de rencontre à J+15 : le candidat est interrogé ; son « non » alerte la coordination sur-le-champ, une seule fois")
  void candidatesNoRaisesTheAlarmOnce() {
    FollowUp followUp = followUpOf(true, bakary);

    daysLater(followUp, 14.9);
    assertThat(questions(bakary)).isEmpty();
    daysLater(followUp, 15.01);
    assertThat(levels(followUp)).containsExactly(Level.REMINDER, Level.HEAD);
    Mailbox.Mail question = questions(bakary).get(0);
    assertThat(question.body()).contains("Bonjour Bakary", structure.structure().getName());
    String token = tokenIn(question);

    ResponseEntity<JsonNode> page = open(token);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody().path("firstName").asText()).isEqualTo("Bakary");
    assertThat(page.getBody().has("lastName")).as("the page shows no more than needed").isFalse();
    assertThat(open(token).getStatusCode()).as("reading changes nothing").isEqualTo(HttpStatus.OK);
    assertThat(answer(token, null).getStatusCode()).as("no answer, nothing changes").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(levels(followUp)).containsExactly(Level.REMINDER, Level.HEAD);

    ResponseEntity<JsonNode> no = answer(token, false);
    assertThat(no.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(no.getBody().path("message").asText()).contains("prévenue");
    assertThat(levels(followUp)).containsExactly(Level.REMINDER, Level.HEAD, Level.COORDINATORS);
    assertThat(escalations(followUp).get(2).isRaisedByCandidate()).isTrue();
    assertThat(followUps.find(followUp.getReference()).getEscalationLevel()).isEqualTo(Level.COORDINATORS);
    String taskId = taskService.createTaskQuery().processDefinitionKey(FollowUpProcess.KEY)
        .processInstanceBusinessKey(followUp.getReference()).singleResult().getId();
    assertThat(taskService.createTaskQuery().taskId(taskId).taskCandidateGroup(PcpeGroups.COORDINATORS)
        .includeAssignedTasks().count()).isOne();
    assertThat(mailbox.deliveredTo(COORDINATION)).filteredOn(mail -> mail.subject().startsWith("Alerte du candidat")
            && mail.subject().contains(followUp.getReference()))
        .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Bakary Sissoko", "Camille Essai")
            .doesNotContain(structure.referent()));

    assertThat(answer(token, false).getStatusCode()).as("answering twice does nothing more").isEqualTo(HttpStatus.GONE);
    daysLater(followUp, 30.01);
    assertThat(levels(followUp)).as("the coordinators' deadline finds them already alerted").hasSize(3);
    assertThat(mailbox.deliveredTo(COORDINATION)).filteredOn(mail -> mail.subject().contains(followUp.getReference()))
        .hasSize(1);
  }

  @Test
  @DisplayName("son « oui » compte comme un contact, sans alerte de plus")
  void candidatesYesIsAContact() {
    FollowUp followUp = followUpOf(true, bakary);
    daysLater(followUp, 15.01);
    String token = tokenIn(questions(bakary).get(0));

    assertThat(answer(token, true).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(followUps.find(followUp.getReference()).getLastContactAt()).isEqualTo(eventDate.plusDays(15));
    assertThat(levels(followUp)).containsExactly(Level.REMINDER, Level.HEAD);
  }

  @Test
  @DisplayName("sans accord ou sans e-mail, personne n'est interrogé ; un lien inconnu ou d'une autre sorte ne fait rien")
  void noConsentNoQuestion() {
    FollowUp withoutConsent = followUpOf(false, "sans-accord@test.example");
    FollowUp withoutEmail = followUpOf(true, null);
    daysLater(withoutConsent, 15.01);
    daysLater(withoutEmail, 15.01);

    assertThat(questions("sans-accord@test.example")).isEmpty();
    assertThat(mailbox.deliveredTo("sans-accord@test.example")).as("not a single email without consent").isEmpty();
    assertThat(mails.queuedFor(withoutConsent.getReference() + ":ask-candidate")).isEmpty();
    assertThat(mails.queuedFor(withoutEmail.getReference() + ":ask-candidate")).isEmpty();

    assertThat(answer("x".repeat(43), false).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(open("").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(levels(withoutConsent)).containsExactly(Level.REMINDER, Level.HEAD);
  }

  private Candidate consenting(String email) {
    return candidates.save(new Candidate("Bakary", "Sissoko", structure.structure(), Instant.now(), structure.referent())
        .contact(email, null, "Bondy").followedBy(structure.referent(), true).contactConsent(Instant.now()));
  }

  private Mailbox.Mail mailStartingWith(String email, String subject) {
    return mailbox.deliveredTo(email).stream().filter(mail -> mail.subject().startsWith(subject)).findFirst()
        .orElseThrow(() -> new AssertionError("no email \"" + subject + "\" to " + email));
  }

  @Test
  @DisplayName("le suivi ouvert, le candidat apprend qui va l'appeler, avec son lien : son « non » alerte la direction de la structure")
  void followUpOpenedTellsTheCandidate() {
    FollowUp followUp = followUpOf(true, bakary);

    Mailbox.Mail told = mailStartingWith(bakary, "Après le Café Contact Emploi");
    assertThat(told.body()).contains("Bonjour Bakary", "Camille Essai", structure.structure().getName())
        .doesNotContain(structure.referent());
    assertThat(answer(tokenIn(told), false).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(levels(followUp)).containsExactly(Level.HEAD);
    assertThat(escalations(followUp).get(0).isRaisedByCandidate()).isTrue();
  }

  @Test
  @DisplayName("invité(e) à un Café avec son accord : invitation et rappel avec son lien ; sans suivi, son « non » va à la direction de la structure")
  void cceInvitationAndReminderCarryTheLink() {
    String withoutConsent = "sans-accord-cce." + System.nanoTime() + "@test.example";
    Candidate asked = consenting(bakary);
    Candidate notAsked = candidates.save(new Candidate("Lina", "Haddad", structure.structure(), Instant.now(),
        structure.referent()).contact(withoutConsent, null, "Bondy"));
    String cce = testCces.openToInvitations("Bondy");

    assertThat(TestHttp.postJson(http, structure.referent(), "/api/cce/" + cce + "/invitations",
        "{\"candidateId\":" + notAsked.getId() + "}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(TestHttp.postJson(http, structure.referent(), "/api/cce/" + cce + "/invitations",
        "{\"candidateId\":" + asked.getId() + ",\"contactConsent\":true}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(mailbox.deliveredTo(withoutConsent)).isEmpty();
    Mailbox.Mail invitation = mailStartingWith(bakary, "Vous êtes invité(e) au Café Contact Emploi de Bondy");
    assertThat(invitation.body()).contains(TestDrives.today().plusDays(20)
        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "Mairie");

    String token = tokenIn(invitation);
    assertThat(open(token).getBody().path("structureName").asText()).isEqualTo(structure.structure().getName());
    assertThat(answer(token, false).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer(token, false).getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(mailbox.deliveredTo(structure.structure().getHeadEmail()))
        .filteredOn(mail -> mail.subject().startsWith("Alerte du candidat : Bakary Sissoko")).hasSize(1);

    org.camunda.bpm.engine.runtime.Job reminder = managementService.createJobQuery().processInstanceId(runtimeService
        .createProcessInstanceQuery().processInstanceBusinessKey(cce).singleResult().getId())
        .activityId(fr.pcpe.workflow.cce.CceProcess.TIMER_REMINDER).singleResult();
    ClockUtil.setCurrentTime(new java.util.Date(reminder.getDuedate().getTime() + 60_000));
    managementService.executeJob(reminder.getId());
    String reminderToken = tokenIn(mailStartingWith(bakary, "Rappel : Café Contact Emploi de Bondy"));
    assertThat(answer(reminderToken, true).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(candidates.findById(asked.getId()).orElseThrow().getLastContactAt()).as("\"yes\" is a contact").isNotNull();
    assertThat(mailbox.deliveredTo(withoutConsent)).isEmpty();
    assertThat(http.withBasicAuth(structure.referent(), TestUsers.PASSWORD)
        .getForObject("/api/candidates/" + asked.getId() + "/timeline", String.class))
        .as("the CCE is in the person's timeline").contains("Invitation au Café Contact Emploi (Bondy, ", cce);
  }

  @Test
  @DisplayName("un entretien fixé par l'employeur : le candidat reçoit la date, avec son lien")
  void interviewDateIsToldToTheCandidate() {
    Candidate candidate = consenting(bakary);
    String drive = testDrives.open(5).getBusinessKey();
    Referral referral = referrals.refer(drive, candidate.getId(), null,
        new Caller(structure.referent(), fixtures.groupsOf(structure)));
    completeReferral(referral, Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    completeReferral(referral, Map.of(ReferralProcess.Vars.INTERVIEW_DECISION.name(), "INTERVIEW",
        ReferralProcess.Vars.INTERVIEW_DATE.name(), TestDrives.today().plusDays(3).toString()));

    Mailbox.Mail interview = mailStartingWith(bakary, "Votre entretien pour le poste de");
    assertThat(interview.body()).contains(TestDrives.today().plusDays(3)
        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    tokenIn(interview);
  }

  private void completeReferral(Referral referral, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processDefinitionKey(ReferralProcess.KEY)
        .processInstanceBusinessKey(referral.getReference()).singleResult().getId(), form);
  }
}
