package fr.pcpe.workflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestHttp;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.cce.CceInvitation;
import fr.pcpe.workflow.cce.CceProcess;
import fr.pcpe.workflow.cce.CceService;
import fr.pcpe.workflow.cce.TestCces;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUp;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.Referral;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A candidate with a full journey (a referral refused after the interview, a CCE, a follow-up with its
 * alerts, emails) is exported, then erased: nothing in any table of the domain or the engine names them
 * any more, and the impact figures have not moved.
 */
@IntegrationTest
class PersonalDataTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestDrives drives;
  @Autowired
  TestCces testCces;
  @Autowired
  CceService cces;
  @Autowired
  ReferralService referrals;
  @Autowired
  FollowUpService followUps;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;

  private String coordinator;
  private TestReferrals.TestStructure structure;
  private String firstName;
  private String lastName;
  private String email;
  private String phone;
  private String town;
  private long candidateId;

  @BeforeEach
  void aPerson() {
    coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    structure = fixtures.structure();
    users.create("head", PcpeGroups.headsOf(structure.structure().getGroupId()));
    String unique = TestUsers.uniqueLetters(6);
    firstName = "Zéphyrine" + unique;
    lastName = "Quillard" + unique;
    email = "zq." + unique + "@exemple.org";
    phone = "06 " + (10000000 + new Random().nextInt(89999999));
    town = "Ville" + unique;
    ResponseEntity<String> created = TestHttp.postJson(http, structure.referent(), "/api/candidates", """
        {"firstName": "%s", "lastName": "%s", "email": "%s", "phone": "%s", "city": "%s", "consent": true,
         "contactConsent": true, "rsaBeneficiary": true}""".formatted(firstName, lastName, email, phone, town));
    candidateId = Long.parseLong(created.getBody().replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private void complete(Referral referral, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processDefinitionKey(ReferralProcess.KEY)
        .processInstanceBusinessKey(referral.getReference()).singleResult().getId(), form);
  }

  /** Referred with a comment naming her, interviewed, not hired; invited to a CCE, came, followed, late. */
  private FollowUp fullJourney() {
    String drive = drives.open(5).getBusinessKey();
    Referral referral = referrals.refer(drive, candidateId, firstName + " est très motivée",
        new fr.pcpe.workflow.system.security.Caller(structure.referent(), fixtures.groupsOf(structure)));
    complete(referral, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    complete(referral, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(),
        TestDrives.today().plusDays(1).toString()));
    fixtures.interviewHeld(referral.getReference());
    complete(referral, Map.of(Vars.HIRE_DECISION.name(), "NOT_HIRED", Vars.NOT_HIRED_REASON.name(), "OTHER",
        Vars.ADD_TO_POOL.name(), true));

    String cce = testCces.openToInvitations(town);
    TestHttp.postJson(http, structure.referent(), "/api/cce/" + cce + "/invitations", "{\"candidateId\":" + candidateId + "}");
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cce).singleResult().getId();
    for (String timer : List.of(CceProcess.TIMER_REMINDER, CceProcess.TIMER_EVENT_DAY)) {
      Job job = managementService.createJobQuery().processInstanceId(instance).activityId(timer).singleResult();
      ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
      managementService.executeJob(job.getId());
    }
    CceInvitation invitation = cces.invitationsOf(cce).get(0);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(), Map.of(
        CceProcess.Vars.ATTENDEES.name(), "[\"" + invitation.getId() + "\"]", CceProcess.Vars.HIRED.name(), "[]",
        CceProcess.Vars.SHORTLISTED.name(), "[]"));
    FollowUp followUp = followUps.find(cces.invitationsOf(cce).get(0).getFollowUpReference());
    TestClock.daysAfter(ClockUtil.now().toInstant(), 16, managementService, runtimeService, followUp.getReference());
    new Mailbox(greenMail, dispatcher).deliveredTo(email);
    return followUp;
  }

  private String impact() {
    return http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForObject("/api/impact?from=2020-01-01&to=2030-12-31&commune=" + town,
        String.class);
  }

  /** Every row of every text column of every table (domain and engine), and the engine's byte arrays. */
  private List<String> whereFound(String... needles) {
    List<String> found = new ArrayList<>();
    List<Map<String, Object>> columns = jdbc.queryForList("""
        select table_name, column_name, data_type from information_schema.columns
        where lower(table_schema) = 'public'""");
    for (Map<String, Object> column : columns) {
      String type = String.valueOf(column.get("data_type")).toLowerCase(Locale.ROOT);
      if (!type.contains("char") && !type.contains("text") && !type.contains("clob")) {
        continue;
      }
      String table = String.valueOf(column.get("table_name"));
      String name = String.valueOf(column.get("column_name"));
      for (String needle : needles) {
        Integer rows = jdbc.queryForObject("select count(*) from \"" + table + "\" where lower(cast(\"" + name
            + "\" as varchar(100000))) like ?", Integer.class, "%" + needle.toLowerCase(Locale.ROOT) + "%");
        if (rows != null && rows > 0) {
          found.add(table + "." + name + " ~ " + needle);
        }
      }
    }
    for (byte[] bytes : jdbc.queryForList("select " + column("bytes_") + " from " + table("act_ge_bytearray")
        + " where " + column("deployment_id_") + " is null", byte[].class)) {
      String text = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      for (String needle : needles) {
        if (text.contains(needle.toLowerCase(Locale.ROOT))) {
          found.add("ACT_GE_BYTEARRAY.BYTES_ ~ " + needle);
        }
      }
    }
    return found;
  }

  /** Camunda's tables are upper case on H2, lower case on PostgreSQL. */
  private String table(String name) {
    return isPostgres() ? name : name.toUpperCase(Locale.ROOT);
  }

  private String column(String name) {
    return table(name);
  }

  private boolean isPostgres() {
    return jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'act_ge_bytearray'",
        Integer.class) > 0;
  }

  @Test
  @DisplayName("un parcours complet exporté, puis effacé : plus rien ne nomme la personne nulle part ; les chiffres restent ; deux fois ne fait rien")
  void exportThenErase() {
    FollowUp followUp = fullJourney();
    assertThat(candidates.findById(candidateId).orElseThrow().getLastContactAt()).as("contacts kept track of").isNotNull();
    assertThat(whereFound(lastName, email)).as("the journey is recorded somewhere first").isNotEmpty();
    String figures = impact();

    assertThat(http.withBasicAuth(structure.referent(), TestUsers.PASSWORD)
        .getForEntity("/api/candidates/" + candidateId + "/export?reason=PERSON_REQUEST", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> applicationsOwn = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/api/candidates/" + candidateId + "/export?reason=RETENTION_PERIOD", String.class);
    assertThat(applicationsOwn.getStatusCode()).as("the retention period is the application's reason, not staff's")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(applicationsOwn.getBody()).contains("demande de la personne").doesNotContain("PERSON_REQUEST");
    JsonNode export = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForObject("/api/candidates/" + candidateId + "/export?reason=PERSON_REQUEST", JsonNode.class);
    assertThat(export.path("candidate").path("lastName").asText()).isEqualTo(lastName);
    assertThat(export.path("candidate").path("phone").asText()).isEqualTo(phone);
    assertThat(export.path("referrals").get(0).path("comment").asText()).contains("très motivée");
    assertThat(export.path("referrals").get(0).path("status").asText()).isEqualTo("non embauchée");
    assertThat(export.path("actions").get(0).path("reason").asText()).isEqualTo("demande de la personne");
    assertThat(export.path("followUps").get(0).path("reference").asText()).isEqualTo(followUp.getReference());
    assertThat(export.path("followUps").get(0).path("alerts")).isNotEmpty();
    assertThat(export.path("cceInvitations").get(0).path("attended").asBoolean()).isTrue();
    assertThat(export.path("emails")).isNotEmpty();
    assertThat(export.path("processHistory").toString()).contains("Orientation", followUp.getReference());

    String path = "/api/candidates/" + candidateId + "/erasure";
    assertThat(TestHttp.postJson(http, structure.referent(), path, "{\"reason\":\"PERSON_REQUEST\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(TestHttp.postJson(http, coordinator, path, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> unknownReason = TestHttp.postJson(http, coordinator, path, "{\"reason\":\"ENVIE\"}");
    assertThat(unknownReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownReason.getBody()).as("the field and its choices").contains("\"reason\"", "PERSON_REQUEST",
        "NO_LONGER_NEEDED", "LEGAL_REQUEST").doesNotContain("JSON lisible");
    assertThat(TestHttp.postJson(http, coordinator, path, "{\"reason\":\"PERSON_REQUEST\"}").getBody()).contains("effacées");

    assertThat(whereFound(firstName, lastName, email, phone)).as("nothing names her any more").isEmpty();
    assertThat(impact()).as("the impact figures have not moved").isEqualTo(figures);
    assertThat(TestHttp.postJson(http, coordinator, path, "{\"reason\":\"PERSON_REQUEST\"}").getBody())
        .as("a second erasure changes nothing").contains("déjà effacées");
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForObject("/api/candidates/" + candidateId + "/personal-data-actions", String.class))
        .contains("\"EXPORT\"", "\"ERASURE\"").doesNotContain(lastName);
  }

  @Test
  @DisplayName("une embauche confirmée cette année retient l'effacement, avec la raison ; le retrait du consentement arrête tout")
  void hiredThisYearAndConsentWithdrawal() {
    String drive = drives.open(5).getBusinessKey();
    Referral referral = referrals.refer(drive, candidateId, null,
        new fr.pcpe.workflow.system.security.Caller(structure.referent(), fixtures.groupsOf(structure)));
    complete(referral, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    complete(referral, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(),
        TestDrives.today().plusDays(1).toString()));
    fixtures.interviewHeld(referral.getReference());
    complete(referral, Map.of(Vars.HIRE_DECISION.name(), "HIRED", Vars.CONTRACT_TYPE.name(), "CDI",
        Vars.HIRE_START_DATE.name(), TestDrives.today().plusDays(10).toString(), Vars.WEEKLY_HOURS.name(), 35L));

    ResponseEntity<String> refused = TestHttp.postJson(http, coordinator, "/api/candidates/" + candidateId + "/erasure",
        "{\"reason\":\"PERSON_REQUEST\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains("embauche", "1er janvier");
    assertThat(whereFound(lastName)).as("refused: nothing removed").isNotEmpty();

    assertThat(TestHttp.postJson(http, coordinator, "/api/candidates/" + candidateId + "/consent-withdrawal",
        "{\"reason\":\"PERSON_REQUEST\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(candidates.findById(candidateId).orElseThrow().getContactConsentAt()).isNull();
    String other = drives.open(5).getBusinessKey();
    assertThat(TestHttp.postJson(http, structure.referent(), "/api/drives/" + other + "/referrals",
        "{\"candidateId\":" + candidateId + "}").getStatusCode()).as("nothing new for her").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @DisplayName("la conservation : deux ans sans contact et rien d'ouvert, la personne est anonymisée par le travail de nuit ; pas avant")
  void retentionAfterTwoYears() {
    String drive = drives.open(5).getBusinessKey();
    Referral referral = referrals.refer(drive, candidateId, "Dossier de " + lastName,
        new fr.pcpe.workflow.system.security.Caller(structure.referent(), fixtures.groupsOf(structure)));
    complete(referral, Map.of(Vars.PRESCREEN_DECISION.name(), "REFUSE", Vars.REFUSAL_REASON.name(), "OTHER"));
    Job nightly = managementService.createJobQuery().processDefinitionKey("personalDataRetention").timers().singleResult();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(java.time.Duration.ofDays(700))));
    managementService.executeJob(nightly.getId());
    assertThat(candidates.findById(candidateId).orElseThrow().getAnonymisedAt()).as("not yet two years").isNull();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(java.time.Duration.ofDays(2 * 366 + 2))));
    managementService.executeJob(managementService.createJobQuery().processDefinitionKey("personalDataRetention").timers()
        .singleResult().getId());
    assertThat(candidates.findById(candidateId).orElseThrow().getAnonymisedAt()).isNotNull();
    assertThat(whereFound(lastName, email, phone)).isEmpty();
  }
}
