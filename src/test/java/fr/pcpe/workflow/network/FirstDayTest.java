package fr.pcpe.workflow.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.common.TestSirets;
import fr.pcpe.workflow.drive.DriveProcess;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.Mailbox;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.ReferralStatus;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A new PCPE's first day, without demo data and through HTTP only: the administrator registers a
 * structure, invites its referent (who chooses a password from the emailed link), onboards an employer
 * and opens a drive; the referent refers a candidate; the employer, who has no account, decides from
 * the links in the emails until the hire is confirmed.
 */
@IntegrationTest
class FirstDayTest {

  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "Secret-Mot-2026!";
  private static final String PASSWORD = "Rebond-93-Clichy!";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  GreenMail greenMail;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  ReferralService referrals;
  @Autowired
  TestReferrals testReferrals;

  private Mailbox mailbox;
  private String id;

  @BeforeEach
  void mailbox() {
    mailbox = new Mailbox(greenMail, dispatcher);
    id = UUID.randomUUID().toString().substring(0, 6);
  }

  private ResponseEntity<JsonNode> call(HttpMethod method, String path, String user, String password, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> asAdmin(HttpMethod method, String path, Object body) {
    return call(method, path, ADMIN, ADMIN_PASSWORD, body);
  }

  private ResponseEntity<JsonNode> link(HttpMethod method, String path, String token, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Link-Token", token);
    return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  /** The token of the newest link of this page emailed to the recipient. */
  private String tokenFrom(String recipient, String page) {
    List<Mailbox.Mail> mails = mailbox.deliveredTo(recipient);
    assertThat(mails).as("mails to " + recipient).isNotEmpty();
    Matcher link = Pattern.compile("/" + Pattern.quote(page) + "#([A-Za-z0-9_-]+)").matcher(mails.get(mails.size() - 1).body());
    assertThat(link.find()).as("a link to " + page).isTrue();
    return link.group(1);
  }

  /** Completes the process's only task of this kind through the engine REST API, as the administrator. */
  private void submitTask(String businessKey, String taskKey, Map<String, Object> values) {
    JsonNode tasks = asAdmin(HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskKey + "&maxResults=10", null).getBody();
    assertThat(tasks).as(taskKey).hasSize(1);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<JsonNode> done = asAdmin(HttpMethod.POST, "/engine-rest/task/" + tasks.get(0).path("id").asText()
        + "/submit-form", Map.of("variables", variables));
    assertThat(done.getStatusCode().value()).as(taskKey + ": " + done.getBody()).isEqualTo(204);
  }

  @Test
  @DisplayName("premier jour : une structure, son référent invité, un employeur sans compte, une embauche confirmée")
  void firstDay() throws Exception {
    // the structure and its referent
    ResponseEntity<JsonNode> structure = asAdmin(HttpMethod.POST, "/api/network/structures", Map.of(
        "name", "Rebond " + id, "type", "ASSOCIATION", "city", "Clichy-sous-Bois",
        "email", "accueil-" + id + "@rebond.example", "headEmail", "direction-" + id + "@rebond.example"));
    assertThat(structure.getStatusCode().value()).isEqualTo(201);
    long structureId = structure.getBody().path("id").asLong();
    String referentEmail = "samia-" + id + "@rebond.example";
    ResponseEntity<JsonNode> invited = asAdmin(HttpMethod.POST, "/api/network/people", Map.of("firstName", "Samia",
        "lastName", "Benali", "email", referentEmail, "role", "REFERENT", "organizationId", structureId));
    assertThat(invited.getStatusCode().value()).isEqualTo(201);
    String referent = invited.getBody().path("login").asText();
    assertThat(referent).startsWith("samia.benali");

    String invitation = tokenFrom(referentEmail, "mot-de-passe.html");
    assertThat(mailbox.deliveredTo(referentEmail).get(0).body()).doesNotContain(PASSWORD).contains(referent);
    assertThat(link(HttpMethod.GET, "/links/password", invitation, null).getBody().path("login").asText())
        .isEqualTo(referent);
    for (String guessable : List.of("azerty", "Motdepasse1!", "Jetaime123!", "P@ssw0rd123", "Samia.Benali-2026")) {
      ResponseEntity<JsonNode> weak = link(HttpMethod.POST, "/links/password", invitation, Map.of("password", guessable));
      assertThat(weak.getStatusCode().value()).as(guessable).isEqualTo(400);
      assertThat(weak.getBody().path("detail").asText()).contains("trop faible", "facile à deviner");
    }
    assertThat(link(HttpMethod.POST, "/links/password", invitation, Map.of("password", PASSWORD)).getStatusCode()
        .value()).isEqualTo(200);
    assertThat(link(HttpMethod.POST, "/links/password", invitation, Map.of("password", "Autre-Mot-2026!"))
        .getStatusCode().value()).as("the invitation works once").isEqualTo(410);
    TasklistSession.login(http, referent, PASSWORD);

    // an employer onboarded, a drive opened, mobilizing the new structure
    ResponseEntity<JsonNode> started = asAdmin(HttpMethod.POST,
        "/engine-rest/process-definition/key/" + DriveProcess.KEY + "/start", Map.of("variables",
            Map.of(DriveProcess.Vars.EMPLOYER_NAME.name(), Map.of("value", "Entrepôt " + id))));
    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    String drive = started.getBody().path("businessKey").asText();
    String siret = TestSirets.fresh();
    String employerEmail = "rh-" + id + "@entrepot.example";
    submitTask(drive, DriveProcess.TASK_ONBOARD_EMPLOYER, Map.of(DriveProcess.Vars.EMPLOYER_NAME.name(),
        "Entrepôt " + id, DriveProcess.Vars.SIRET.name(), siret, DriveProcess.Vars.SECTOR.name(), "LOGISTICS",
        DriveProcess.Vars.CONTACT_NAME.name(), "Marc Dubois", DriveProcess.Vars.CONTACT_EMAIL.name(), employerEmail,
        DriveProcess.Vars.NEED_DESCRIPTION.name(), "20 préparateurs de commandes"));
    JsonNode network = asAdmin(HttpMethod.GET, "/api/network", null).getBody();
    assertThat(network.toString()).contains("Samia Benali", "Entrepôt " + id).doesNotContain(PASSWORD);
    JsonNode samia = null;
    for (JsonNode organization : network.path("organizations")) {
      for (JsonNode person : organization.path("people")) {
        if (person.path("login").asText().equals(referent)) {
          samia = person;
        }
      }
    }
    assertThat(samia).isNotNull();
    assertThat(samia.path("roleLabel").asText()).isEqualTo("référent(e)");
    assertThat(samia.path("lastLoginAt").isNull()).as("her login to Tasklist is noted").isFalse();
    String structureGroup = PcpeGroups.ofStructure(structureId);
    Map<String, Object> agreement = new LinkedHashMap<>();
    agreement.put(DriveProcess.Vars.JOB_TITLE.name(), "Préparateur de commandes");
    agreement.put(DriveProcess.Vars.ROME_CODE.name(), "N1103");
    agreement.put(DriveProcess.Vars.CONTRACT_TYPE.name(), "CDI");
    agreement.put(DriveProcess.Vars.POSITIONS.name(), 20);
    agreement.put(DriveProcess.Vars.START_DATE.name(), TestDrives.today().plusMonths(1).toString());
    agreement.put(DriveProcess.Vars.PLACE.name(), "Tremblay-en-France");
    agreement.put(DriveProcess.Vars.TARGET_HIRES.name(), 10);
    agreement.put(DriveProcess.Vars.DEADLINE.name(), TestDrives.today().plusMonths(3).toString());
    agreement.put(DriveProcess.Vars.MOBILIZED_STRUCTURES.name(), JSON.writeValueAsString(List.of(structureGroup)));
    submitTask(drive, DriveProcess.TASK_AGREE_DRIVE, agreement);

    // the referent refers a candidate; the PCPE pre-screens
    ResponseEntity<JsonNode> candidate = call(HttpMethod.POST, "/api/candidates", referent, PASSWORD, Map.of(
        "firstName", "Karim", "lastName", "Mansouri", "consent", true, "rsaBeneficiary", true));
    assertThat(candidate.getStatusCode().value()).as(String.valueOf(candidate.getBody())).isEqualTo(201);
    ResponseEntity<JsonNode> referred = call(HttpMethod.POST, "/api/drives/" + drive + "/referrals", referent, PASSWORD,
        Map.of("candidateId", candidate.getBody().path("id").asLong(), "comment", "Disponible tout de suite"));
    assertThat(referred.getStatusCode().value()).as(String.valueOf(referred.getBody())).isEqualTo(201);
    String referral = referred.getBody().path("reference").asText();
    submitTask(referral, ReferralProcess.TASK_PRESCREEN, Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "ACCEPT"));

    // the employer, without an account, decides from the emailed links
    String interview = tokenFrom(employerEmail, "decision-employeur.html");
    assertThat(link(HttpMethod.GET, "/links/employer", interview, null).getBody().path("candidateName").asText())
        .isEqualTo("Karim Mansouri");
    assertThat(link(HttpMethod.POST, "/links/employer", interview, Map.of(
        ReferralProcess.Vars.INTERVIEW_DECISION.name(), "INTERVIEW",
        ReferralProcess.Vars.INTERVIEW_DATE.name(), TestDrives.today().plusDays(2).toString())).getStatusCode().value())
        .isEqualTo(200);
    testReferrals.interviewHeld(referral); // the morning after the interview
    String hire = tokenFrom(employerEmail, "decision-employeur.html");
    assertThat(link(HttpMethod.POST, "/links/employer", hire, Map.of(
        ReferralProcess.Vars.HIRE_DECISION.name(), "HIRED", ReferralProcess.Vars.CONTRACT_TYPE.name(), "CDI",
        ReferralProcess.Vars.HIRE_START_DATE.name(), TestDrives.today().plusDays(10).toString(),
        ReferralProcess.Vars.WEEKLY_HOURS.name(), 35)).getStatusCode().value()).isEqualTo(200);
    assertThat(referrals.find(referral).getStatus()).isEqualTo(ReferralStatus.HIRED);

    // the referent leaves: no more login
    assertThat(asAdmin(HttpMethod.POST, "/api/network/people/" + referent + "/deactivation", null).getStatusCode()
        .value()).isEqualTo(200);
    assertThat(TasklistSession.tryLogin(http, referent, PASSWORD).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  @DisplayName("l'administration du réseau est réservée à la coordination ; une saisie fausse est refusée en français")
  void onlyCoordinatorsAndCleanErrors() {
    ResponseEntity<JsonNode> refused = asAdmin(HttpMethod.POST, "/api/network/structures", Map.of(
        "name", "", "type", "ACI", "email", "pas-un-email", "siret", "12345678901234"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().toString()).contains("nom de la structure", "adresse e-mail");
    assertThat(http.getForEntity("/api/network", String.class).getStatusCode().value()).isEqualTo(401);
  }

}
