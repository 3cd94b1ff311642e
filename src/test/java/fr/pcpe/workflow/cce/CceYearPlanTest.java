package fr.pcpe.workflow.cce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.PcpeWorkflowApplication;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The year's plan of Cafés Contact Emploi: a target and a calendar (bad input refused, staff only), each café started
 * from the plan with its date and place prefilled, and the monthly alert when the year falls behind (clock moved).
 */
@IntegrationTest
class CceYearPlanTest {

  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;

  private String coordinator;
  private String commune;

  @BeforeEach
  void aCoordinator() {
    coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    commune = "Bobigny " + TestUsers.uniqueLetters(5);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
    return http.withBasicAuth(user, TestUsers.PASSWORD).exchange(path, method,
        body == null ? null : new HttpEntity<>(body), JsonNode.class);
  }

  private Map<String, Object> cafe(String day) {
    Map<String, Object> cafe = new HashMap<>();
    cafe.put("commune", commune);
    cafe.put("day", day);
    cafe.put("venue", "Bourse départementale du travail");
    cafe.put("coOrganisers", "Préfecture, Département");
    return cafe;
  }

  private JsonNode plannedHere(JsonNode year) {
    for (JsonNode cafe : year.path("planned")) {
      if (cafe.path("commune").asText().equals(commune)) {
        return cafe;
      }
    }
    return null;
  }

  @Test
  @DisplayName("un objectif et un calendrier par commune ; les erreurs refusées en français ; la coordination seule")
  void theCoordinationPlansTheYear() {
    int year = TestDrives.today().getYear() + 1;
    assertThat(call(coordinator, HttpMethod.PUT, "/api/cce-plan/" + year, Map.of("target", 30)).getBody()
        .path("target").asInt()).isEqualTo(30);
    ResponseEntity<JsonNode> planned = call(coordinator, HttpMethod.POST, "/api/cce-plan/" + year + "/cafes",
        cafe(year + "-03-12"));

    assertThat(planned.getStatusCode().value()).isEqualTo(201);
    JsonNode cafe = plannedHere(planned.getBody());
    assertThat(cafe.path("day").asText()).isEqualTo("12/03/" + year);
    assertThat(cafe.path("state").asText()).isEqualTo("à lancer");
    assertThat(cafe.path("coOrganisers").asText()).isEqualTo("Préfecture, Département");
    assertThat(planned.getBody().path("expectedByNow").asInt()).as("nothing expected before the year").isZero();

    ResponseEntity<JsonNode> otherYear = call(coordinator, HttpMethod.POST, "/api/cce-plan/" + year + "/cafes",
        cafe((year + 1) + "-01-10"));
    assertThat(otherYear.getStatusCode().value()).isEqualTo(400);
    assertThat(otherYear.getBody().path("errors").path("day").asText()).contains("dans l'année " + year);
    Map<String, Object> noCommune = cafe(year + "-04-02");
    noCommune.put("commune", " ");
    assertThat(call(coordinator, HttpMethod.POST, "/api/cce-plan/" + year + "/cafes", noCommune).getBody()
        .path("errors").path("commune").asText()).contains("commune du café est obligatoire");
    assertThat(call(coordinator, HttpMethod.PUT, "/api/cce-plan/" + year, Map.of("target", 500)).getStatusCode()
        .value()).isEqualTo(400);
    assertThat(call(coordinator, HttpMethod.GET, "/api/cce-plan/" + (year + 40), null).getStatusCode().value())
        .isEqualTo(400);
    assertThat(plannedHere(call(coordinator, HttpMethod.GET, "/api/cce-plan/" + year, null).getBody())).isNotNull();
    String referent = fixtures.structure().referent();
    assertThat(call(referent, HttpMethod.GET, "/api/cce-plan/" + year, null).getStatusCode().value()).isEqualTo(403);
    assertThat(call(referent, HttpMethod.POST, "/api/cce-plan/" + year + "/cafes", cafe(year + "-05-05"))
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  @DisplayName("un café prévu se lance du plan : sa tâche « Organiser » a déjà sa commune, sa date et son lieu ; une seule fois")
  void aPlannedCafeStartsItsCce() {
    int year = TestDrives.today().getYear() + 1;
    long id = plannedHere(call(coordinator, HttpMethod.POST, "/api/cce-plan/" + year + "/cafes", cafe(year + "-06-18"))
        .getBody()).path("id").asLong();

    ResponseEntity<JsonNode> started = call(coordinator, HttpMethod.POST, "/api/cce-plan/cafes/" + id + "/start", Map.of());

    assertThat(started.getStatusCode().value()).isEqualTo(201);
    String reference = started.getBody().path("reference").asText();
    ProcessInstance cce = runtimeService.createProcessInstanceQuery().processDefinitionKey(CceProcess.KEY)
        .processInstanceBusinessKey(reference).singleResult();
    Task organise = taskService.createTaskQuery().processInstanceId(cce.getId()).singleResult();
    assertThat(organise.getName()).startsWith("Organiser le Café Contact Emploi").contains(commune);
    assertThat(taskService.getVariable(organise.getId(), CceProcess.Vars.EVENT_DATE.name())).isEqualTo(year + "-06-18");
    assertThat(taskService.getVariable(organise.getId(), CceProcess.Vars.VENUE.name()))
        .isEqualTo("Bourse départementale du travail");
    JsonNode cafe = plannedHere(call(coordinator, HttpMethod.GET, "/api/cce-plan/" + year, null).getBody());
    assertThat(cafe.path("cceReference").asText()).isEqualTo(reference);
    assertThat(cafe.path("state").asText()).isEqualTo("lancé, en préparation");
    assertThat(cafe.path("startable").asBoolean()).isFalse();
    ResponseEntity<JsonNode> again = call(coordinator, HttpMethod.POST, "/api/cce-plan/cafes/" + id + "/start", Map.of());
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody().path("detail").asText()).contains(reference);
  }

  @Test
  @DisplayName("le 1er mai, une année à 0 café tenu pour un objectif de 30 donne à la coordination la tâche de revoir le plan ; une année sans objectif, non")
  void aYearBehindAlertsTheCoordination() {
    int behind = TestDrives.today().getYear() + 1;
    call(coordinator, HttpMethod.PUT, "/api/cce-plan/" + behind, Map.of("target", 30));

    runTheMonthlyCheckOn(LocalDate.of(behind, 5, 1));

    Task review = taskService.createTaskQuery().processDefinitionKey(CceYearProcess.KEY)
        .taskDefinitionKey(CceYearProcess.TASK_REVIEW).taskCandidateGroup(PcpeGroups.COORDINATORS).active().list().stream()
        .filter(task -> task.getName().endsWith("Année " + behind)).findFirst().orElseThrow();
    assertThat(review.getName()).isEqualTo("Revoir le plan des Cafés Contact Emploi en retard — Année " + behind);
    assertThat((String) taskService.getVariable(review.getId(), CceYearProcess.Vars.YEAR_CONTEXT.name()))
        .contains("Au 01/05/" + behind, "**0** café(s) tenu(s)", "objectif de **30**", "demandait déjà **10**");
    taskService.complete(review.getId(), Map.of(CceYearProcess.Vars.COMMENT.name(), "Deux cafés ajoutés en juin."));

    int unplanned = TestDrives.today().getYear() + 3;
    long reviewsBefore = taskService.createTaskQuery().processDefinitionKey(CceYearProcess.KEY).count();
    runTheMonthlyCheckOn(LocalDate.of(unplanned, 5, 1));
    assertThat(taskService.createTaskQuery().processDefinitionKey(CceYearProcess.KEY).count()).isEqualTo(reviewsBefore);
  }

  /** The clock at 8 a.m. that day, then the monthly timer as the job executor would run it. */
  private void runTheMonthlyCheckOn(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(8, 1).atZone(ZoneId.of(PcpeWorkflowApplication.ZONE)).toInstant()));
    managementService.executeJob(managementService.createJobQuery().processDefinitionKey(CceYearProcess.KEY).timers()
        .singleResult().getId());
  }
}
