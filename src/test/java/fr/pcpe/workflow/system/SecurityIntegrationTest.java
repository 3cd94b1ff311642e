package fr.pcpe.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.TestSirets;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.EmployerService;
import fr.pcpe.workflow.employer.Sector;
import fr.pcpe.workflow.system.security.AccessProvisioning;
import fr.pcpe.workflow.system.security.PcpeGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import java.util.List;
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

@IntegrationTest
class SecurityIntegrationTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  DriveService driveService;
  @Autowired
  IdentityService identityService;
  @Autowired
  EmployerService employers;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  AccessProvisioning provisioning;

  @Test
  @DisplayName("l'API REST du moteur et l'API de l'application exigent une authentification")
  void apisRequireAuthentication() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/process-definition/key/recruitmentDrive", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/drives/DRV-2026-0001", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/manage/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("un mauvais mot de passe est refusé")
  void wrongPasswordIsRefused() {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    ResponseEntity<String> response = http.withBasicAuth(coordinator, "Wrong-Pass-2026!")
        .getForEntity("/engine-rest/task?maxResults=1", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("une coordinatrice voit les tâches d'accueil ; un employeur ne voit pas celles des autres")
  void tasksAreVisibleToTheirGroupsOnly() {
    String reference = driveService.start("Parcours Logistique").getBusinessKey();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    Employer otherEmployer = employers.register("Autre Employeur", TestSirets.fresh(), Sector.RETAIL,
        "Léa Roux", "rh@autre.example", null);
    String employerUser = users.create("emp", otherEmployer.getGroupId());

    String query = "/engine-rest/task?processInstanceBusinessKey=" + reference + "&maxResults=10";
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD).getForObject(query, String.class))
        .contains("Accueillir l'employeur");
    assertThat(http.withBasicAuth(employerUser, TestUsers.PASSWORD).getForEntity(query, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth(employerUser, TestUsers.PASSWORD)
        .getForEntity("/api/drives/" + reference, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForObject("/api/drives/" + reference, String.class))
        .contains("\"status\":\"ONBOARDING\"");
  }

  @Test
  @DisplayName("les autorisations par tâche des coordinateurs, écrites par une version antérieure, sont retirées au démarrage")
  void redundantTaskAuthorizationsAreRemoved() {
    Authorization perTask = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    perTask.setGroupId(PcpeGroups.COORDINATORS);
    perTask.setResource(Resources.TASK);
    perTask.setResourceId("task-of-an-older-version");
    perTask.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(perTask);

    provisioning.provisionSystemGroups();

    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(PcpeGroups.COORDINATORS)
        .resourceType(Resources.TASK).list()).extracting(Authorization::getResourceId)
        .as("only the grant on every task").containsExactly(Authorization.ANY);
  }

  @Test
  @DisplayName("une requête sans limite est refusée : le nombre de résultats est plafonné")
  void queriesAreLimited() {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    ResponseEntity<String> unbounded = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/engine-rest/task", String.class);
    assertThat(unbounded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unbounded.getBody()).contains("unbound number of results is forbidden");
    ResponseEntity<String> tooMany = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/engine-rest/task?maxResults=5000", String.class);
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  @DisplayName("la page de création du premier administrateur est fermée")
  void adminSetupIsBlocked() {
    ResponseEntity<String> response = http.postForEntity("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intrus\"},\"credentials\":{\"password\":\"Intrus-2026!!\"}}", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("intrus").count()).isZero();
  }

  @Test
  @DisplayName("l'administrateur vient de la configuration et appartient à pcpe-admin")
  void administratorComesFromConfiguration() {
    User admin = identityService.createUserQuery().userId("admin").singleResult();
    assertThat(admin).isNotNull();
    assertThat(identityService.checkPassword("admin", "Secret-Mot-2026!")).isTrue();
    assertThat(identityService.createGroupQuery().groupMember("admin").groupId(PcpeGroups.ADMIN).count())
        .isOne();
    assertThat(http.withBasicAuth("admin", "Secret-Mot-2026!").getForEntity("/manage/metrics", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("les erreurs ne montrent ni pile d'appels ni SQL")
  void errorsHideInternals() {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    ResponseEntity<String> engineError = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/engine-rest/task?maxResults=10&sortBy=nope&sortOrder=asc", String.class);
    ResponseEntity<String> appError = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/api/drives/%27%3B%20select", String.class);
    ResponseEntity<String> missing = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/api/nowhere", String.class);
    for (ResponseEntity<String> response : java.util.List.of(engineError, appError, missing)) {
      assertThat(response.getStatusCode().isError()).isTrue();
      assertThat(response.getBody()).doesNotContain("at org.", "at fr.", "Exception:", "SELECT ", "select ");
    }
  }

  @Test
  @DisplayName("les refus de l'API sont des problèmes (RFC 9457) titrés et détaillés en français")
  void refusalsAreFrenchProblems() {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    HttpHeaders page = new HttpHeaders();
    page.set("X-Requested-With", "pcpe-page");
    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);
    ResponseEntity<JsonNode> missing = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .getForEntity("/api/nowhere", JsonNode.class);
    ResponseEntity<JsonNode> notLoggedIn = http.exchange("/api/candidates?name=a", HttpMethod.GET,
        new HttpEntity<>(page), JsonNode.class);
    ResponseEntity<JsonNode> notJson = http.withBasicAuth(coordinator, TestUsers.PASSWORD)
        .exchange("/api/candidates", HttpMethod.POST, new HttpEntity<>("nom=Benali", text), JsonNode.class);
    assertThat(List.of(missing, notLoggedIn, notJson)).extracting(response -> response.getStatusCode().value())
        .containsExactly(404, 401, 415);
    assertThat(List.of(missing, notLoggedIn, notJson)).extracting(ResponseEntity::getBody)
        .extracting(body -> body.path("title").asText(), body -> body.path("detail").asText())
        .containsExactly(tuple("Introuvable", "Cette adresse n'existe pas."),
            tuple("Identification nécessaire", "Connectez-vous d'abord à vos tâches (Tasklist), puis revenez sur cette page."),
            tuple("Format refusé", "Cette adresse n'accepte que du JSON (Content-Type: application/json)."));
    assertThat(List.of(missing, notLoggedIn, notJson)).allSatisfy(response ->
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json"));
  }

  @Test
  @DisplayName("la santé (base, moteur) est publique, sans détails")
  void healthIsPublic() {
    ResponseEntity<String> health = http.getForEntity("/manage/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"", "\"db\"", "\"processEngine\"");
  }
}
