package fr.pcpe.workflow.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestClock;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.referral.Referral;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The impact figures on a data set of its own (a commune nobody else uses): six people referred to one
 * drive, one refused at prescreening, five interviewed, two hired on a CDI — computed by hand below.
 */
@IntegrationTest
class ImpactTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestDrives drives;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  ReferralService referrals;
  @Autowired
  TaskService taskService;
  @Autowired
  FollowUpService followUps;
  @Autowired
  ManagementService managementService;
  @Autowired
  RuntimeService runtimeService;

  private String coordinator;
  private String commune;
  private TestReferrals.TestStructure structure;
  private String drive;

  @BeforeEach
  void sixPeopleReferredTwoHired() {
    coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    commune = "Commune " + UUID.randomUUID().toString().substring(0, 8);
    structure = fixtures.structure();
    drive = drives.open(10).getBusinessKey();
    List<Referral> referred = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Candidate candidate = candidates.save(new Candidate("Personne" + i, "Test", structure.structure(), Instant.now(),
          structure.referent()).contact(null, null, commune));
      referred.add(referrals.refer(drive, candidate.getId(), null, new Caller(structure.referent(), fixtures.groupsOf(structure))));
    }
    complete(referred.get(0), Map.of(Vars.PRESCREEN_DECISION.name(), "REFUSE", Vars.REFUSAL_REASON.name(), "OTHER"));
    for (Referral referral : referred.subList(1, 6)) {
      complete(referral, Map.of(Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
      complete(referral, Map.of(Vars.INTERVIEW_DECISION.name(), "INTERVIEW", Vars.INTERVIEW_DATE.name(),
          TestDrives.today().plusDays(1).toString()));
      fixtures.interviewHeld(referral.getReference());
    }
    for (Referral referral : referred.subList(1, 3)) {
      complete(referral, Map.of(Vars.HIRE_DECISION.name(), "HIRED", Vars.CONTRACT_TYPE.name(), "CDI",
          Vars.HIRE_START_DATE.name(), TestDrives.today().plusDays(10).toString(), Vars.WEEKLY_HOURS.name(), 35L));
    }
  }

  private void complete(Referral referral, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processDefinitionKey(ReferralProcess.KEY)
        .processInstanceBusinessKey(referral.getReference()).singleResult().getId(), form);
  }

  private JsonNode impact() {
    return http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForObject("/api/impact?commune=" + commune, JsonNode.class);
  }

  private static JsonNode table(JsonNode impact, String id) {
    for (JsonNode table : impact.path("tables")) {
      if (table.path("id").asText().equals(id)) {
        return table;
      }
    }
    throw new AssertionError("no table " + id);
  }

  private static List<String> row(JsonNode table, int index) {
    List<String> cells = new ArrayList<>();
    table.path("rows").get(index).forEach(cell -> cells.add(cell.asText()));
    return cells;
  }

  @Test
  @DisplayName("les chiffres d'une commune, calculés à la main : entonnoir, contrats, partenaires ; moins de 5 personnes masqué, total compris")
  void figuresOnAKnownDataSet() {
    JsonNode impact = impact();

    JsonNode perDrive = table(impact, "drives");
    assertThat(perDrive.path("rows")).hasSize(2);
    assertThat(row(perDrive, 0)).containsExactly(drive, "Préparateur de commandes",
        row(perDrive, 0).get(2), "10", "6", "6", "5", "5", "< 5");
    assertThat(row(perDrive, 1)).as("the total hides the masked hires").endsWith("6", "6", "5", "5", "< 5");

    JsonNode perStructure = table(impact, "structures");
    assertThat(perStructure.path("rows")).as("only the structures active in the commune, and the total").hasSize(2);
    assertThat(row(perStructure, 0)).containsExactly(structure.structure().getName(), "0", "6", "6", "5", "5", "< 5");
    assertThat(row(perStructure, 1)).as("the same totals as the drives'").containsExactly(
        "Total", "0", "6", "6", "5", "5", "< 5");

    JsonNode employers = table(impact, "employers");
    assertThat(employers.path("rows")).as("the drive's employer only").hasSize(1);
    assertThat(row(employers, 0)).as("5 interviews decided, then 5 hires asked and 2 confirmed: 7 of 10")
        .containsExactly(row(perDrive, 0).get(2), "10", "7", "70 %", "0,0");

    JsonNode contracts = table(impact, "contracts");
    assertThat(row(contracts, 0)).containsExactly("CDI", "< 5");
    assertThat(row(contracts, contracts.path("rows").size() - 1)).containsExactly("Total", "< 5");
    assertThat(row(contracts, 1)).as("no one is not masked").containsExactly("CDD", "0");

    assertThat(row(table(impact, "followUps"), 0)).containsExactly("Suivis ouverts", "0");
    assertThat(row(table(impact, "followUps"), 3)).as("no meeting, no median").containsExactly(
        "Jours jusqu'à la rencontre (médiane)", "—");
    assertThat(impact.path("headline").get(0).path("value").asText()).isEqualTo("< 5");
    assertThat(impact.path("headline").get(1).path("value").asInt()).isEqualTo(6);
    assertThat(impact.toString()).as("aggregates only").doesNotContain("Personne0");
  }

  @Test
  @DisplayName("une structure voit les mêmes chiffres, limités aux personnes qu'elle accompagne ; une autre n'en voit rien ; un employeur rien du tout")
  void aStructureSeesItsOwnFigures() {
    JsonNode own = http.withBasicAuth(structure.referent(), TestUsers.PASSWORD)
        .getForObject("/api/impact?commune=" + commune, JsonNode.class);
    List<String> ids = new ArrayList<>();
    own.path("tables").forEach(table -> ids.add(table.path("id").asText()));
    assertThat(ids).containsExactly("drives", "structures", "contracts", "retention", "satisfactionDrives",
        "satisfactionStructures", "followUps");
    assertThat(own.path("structures").asText()).isEqualTo(structure.structure().getName());
    assertThat(row(table(own, "structures"), 0)).containsExactly(structure.structure().getName(), "0", "6", "6", "5", "5",
        "< 5");
    assertThat(own.path("headline").get(1).path("value").asInt()).isEqualTo(6);

    TestReferrals.TestStructure other = fixtures.structure();
    JsonNode theirs = http.withBasicAuth(other.referent(), TestUsers.PASSWORD)
        .getForObject("/api/impact?commune=" + commune, JsonNode.class);
    assertThat(table(theirs, "structures").path("rows")).as("the total row only").hasSize(1);
    assertThat(theirs.toString()).doesNotContain(structure.structure().getName());
    assertThat(http.withBasicAuth(other.referent(), TestUsers.PASSWORD)
        .getForEntity("/api/impact/cces.csv", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    String employer = users.create("emp", drives.find(drive).getEmployer().getGroupId());
    assertThat(http.withBasicAuth(employer, TestUsers.PASSWORD).getForEntity("/api/impact", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("les suivis en retard comptent une fois par niveau d'alerte : cinq rappelés au référent puis signalés à la direction")
  void lateFollowUpsCountedPerLevel() {
    Instant start = Instant.now();
    List<String> late = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Candidate candidate = candidates.save(new Candidate("Suivi" + i, "Test", structure.structure(), start,
          structure.referent()).contact(null, null, commune));
      late.add(followUps.open(candidate.getId(), TestDrives.today(), structure.referent()).getReference());
    }
    try {
      // still no meeting 16 days later: reminded at 7 days, signalled to the head at 15
      late.forEach(reference -> TestClock.daysAfter(start, 16, managementService, runtimeService, reference));
    } finally {
      ClockUtil.reset();
    }

    JsonNode figures = table(impact(), "followUps");
    assertThat(row(figures, 0)).containsExactly("Suivis ouverts", "5");
    assertThat(row(figures, 5)).containsExactly("Suivis ayant appelé un rappel au référent", "5");
    assertThat(row(figures, 6)).containsExactly("Suivis signalés à la direction de la structure", "5");
    assertThat(row(figures, 7)).containsExactly("Suivis signalés à la coordination PCPE", "0");
    assertThat(row(figures, 8)).containsExactly("Alertes lancées par les candidats eux-mêmes", "0");
  }

  @Test
  @DisplayName("chaque tableau en CSV (UTF-8, point-virgule), masqué comme la page")
  void csvParses() {
    ResponseEntity<byte[]> csv = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/api/impact/structures.csv?commune=" + commune, byte[].class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    String text = new String(csv.getBody(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<String[]> lines = text.lines().map(line -> line.split(";", -1)).toList();
    assertThat(lines.get(0)).containsExactly("Structure", "Candidats promis", "Orientés", "Pré-sélectionnés",
        "Transmis à l'employeur", "Reçus en entretien", "Embauchés");
    assertThat(lines.get(1)).containsExactly(structure.structure().getName(), "0", "6", "6", "5", "5", "< 5");
    assertThat(lines).hasSize(3);
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForEntity("/api/impact/personnes.csv", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("rien sans connexion ; une période invalide est refusée en français")
  void staffOnlyAndBadPeriods() {
    assertThat(http.getForEntity("/api/impact", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> reversed = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/api/impact?from=2026-12-31&to=2026-01-01", String.class);
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reversed.getBody()).contains("La période est invalide");
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForEntity("/api/impact?from=hier", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(TasklistSession.login(http, coordinator).exchange(HttpMethod.GET, "/impact", null).getBody())
        .contains("L&#39;impact du PCPE", "echarts.min.js");
  }
}
