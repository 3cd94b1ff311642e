package fr.pcpe.workflow.drive;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.common.TestSirets;
import fr.pcpe.workflow.employer.EmployerRepository;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The onboarding form submitted the way Tasklist does it: through the engine REST API. */
@IntegrationTest
class OnboardingRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestUsers users;
  @Autowired
  DriveService driveService;
  @Autowired
  TaskService taskService;
  @Autowired
  EmployerRepository employers;
  @Autowired
  TestDrives drives;
  @Autowired
  MobilizationService mobilizations;

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    return http.withBasicAuth(user, TestUsers.PASSWORD)
        .postForEntity("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables), String.class);
  }

  @Test
  @DisplayName("une campagne lancée par l'API sans nom d'employeur est refusée en français ; avec, sa tâche le nomme")
  void aDriveStartsWithItsEmployersName() {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    long before = taskService.createTaskQuery().taskDefinitionKey(DriveProcess.TASK_ONBOARD_EMPLOYER).count();

    ResponseEntity<String> refused = http.withBasicAuth(coordinator, TestUsers.PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/" + DriveProcess.KEY + "/start", Map.of("variables", Map.of()),
        String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("La raison sociale de l'employeur est obligatoire.");
    assertThat(taskService.createTaskQuery().taskDefinitionKey(DriveProcess.TASK_ONBOARD_EMPLOYER).count())
        .isEqualTo(before);

    ResponseEntity<String> started = http.withBasicAuth(coordinator, TestUsers.PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/" + DriveProcess.KEY + "/start",
        Map.of("variables", Map.of(DriveProcess.Vars.EMPLOYER_NAME.name(), Map.of("value", "Hôtel Pleyel"))),
        String.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getName())
        .isEqualTo("Accueillir l'employeur — Hôtel Pleyel");
  }

  @Test
  @DisplayName("une campagne reprise d'une autre : accueil et accord préremplis (même employeur), modifiables ; une campagne inconnue est refusée")
  void aDriveStartsFromAnother() {
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    RecruitmentDrive template = driveService.find(drives.open(12).getBusinessKey());
    String path = "/engine-rest/process-definition/key/" + DriveProcess.KEY + "/start";

    ResponseEntity<String> unknown = http.withBasicAuth(coordinator, TestUsers.PASSWORD).postForEntity(path,
        Map.of("variables", Map.of(DriveProcess.Vars.EMPLOYER_NAME.name(), Map.of("value", "Hôtel Pleyel"),
            DriveProcess.Vars.TEMPLATE_DRIVE.name(), Map.of("value", "DRV-1999-0001"))), String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("Cette campagne n'existe pas");

    ResponseEntity<String> started = http.withBasicAuth(coordinator, TestUsers.PASSWORD).postForEntity(path,
        Map.of("variables", Map.of(DriveProcess.Vars.EMPLOYER_NAME.name(), Map.of("value", template.getEmployer().getName()),
            DriveProcess.Vars.TEMPLATE_DRIVE.name(), Map.of("value", template.getReference()))), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    String onboarding = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    Map<String, Object> prefilled = taskService.getVariables(onboarding);
    assertThat(prefilled).containsEntry(DriveProcess.Vars.SIRET.name(), template.getEmployer().getSiret())
        .containsEntry(DriveProcess.Vars.CONTACT_EMAIL.name(), template.getEmployer().getContactEmail())
        .containsEntry(DriveProcess.Vars.JOB_TITLE.name(), template.getJobOffer().getTitle())
        .containsEntry(DriveProcess.Vars.PLACE.name(), template.getJobOffer().getPlace())
        .containsEntry(DriveProcess.Vars.TARGET_HIRES.name(), 12);
    assertThat(String.valueOf(prefilled.get(DriveProcess.Vars.MOBILIZED_STRUCTURES.name())))
        .contains(mobilizations.structureGroups(template.getReference()).get(0));

    // what was taken stays editable: the need described, then another site, the dates of this drive
    taskService.complete(onboarding, Map.of(DriveProcess.Vars.NEED_DESCRIPTION.name(), "Une deuxième vague"));
    String agreement = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    taskService.complete(agreement, Map.of(DriveProcess.Vars.PLACE.name(), "Roissy-en-France",
        DriveProcess.Vars.START_DATE.name(), TestDrives.today().plusMonths(1).toString(),
        DriveProcess.Vars.DEADLINE.name(), TestDrives.today().plusMonths(4).toString()));
    RecruitmentDrive second = driveService.find(started.getBody().replaceAll(".*\"businessKey\":\"([^\"]+)\".*", "$1"));
    assertThat(second.getStatus()).isEqualTo(DriveStatus.OPEN);
    assertThat(second.getJobOffer().getTitle()).isEqualTo(template.getJobOffer().getTitle());
    assertThat(second.getJobOffer().getPlace()).isEqualTo("Roissy-en-France");
    assertThat(second.getEmployer().getId()).isEqualTo(template.getEmployer().getId());
  }

  @Test
  @DisplayName("un SIRET faux soumis par l'API est refusé (400, message clair) et la tâche reste ouverte")
  void invalidSiretIsRefusedWithAClearMessage() {
    ProcessInstance instance = driveService.start("Parcours Logistique");
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    Map<String, Object> form = RecruitmentDriveProcessTest.onboardingForm("12345678901234");

    ResponseEntity<String> response = submit(coordinator, taskId, form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Le SIRET doit compter 14 chiffres et sa clé de contrôle doit être juste.");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    assertThat(taskService.getVariable(taskId, DriveProcess.Vars.SIRET.name())).isNull();
    assertThat(employers.findBySiret("12345678901234")).isEmpty();
    assertThat(driveService.find(instance.getBusinessKey()).getStatus()).isEqualTo(DriveStatus.ONBOARDING);
  }

  @Test
  @DisplayName("un champ obligatoire manquant est nommé dans le refus")
  void missingFieldsAreNamed() {
    ProcessInstance instance = driveService.start("Parcours Logistique");
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    Map<String, Object> form = RecruitmentDriveProcessTest.onboardingForm(TestSirets.fresh());
    form.remove(DriveProcess.Vars.CONTACT_EMAIL.name());
    form.put(DriveProcess.Vars.SECTOR.name(), "PIRATERIE");

    ResponseEntity<String> response = submit(coordinator, taskId, form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("adresse e-mail du contact", "secteur d'activité");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  @DisplayName("un formulaire juste, soumis par une coordinatrice, enregistre l'employeur")
  void validFormMovesTheDriveOn() {
    ProcessInstance instance = driveService.start("Parcours Logistique");
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    String coordinator = users.create("coord", PcpeGroups.COORDINATORS);
    String siret = TestSirets.fresh();

    ResponseEntity<String> response = submit(coordinator, taskId, RecruitmentDriveProcessTest.onboardingForm(siret));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(employers.findBySiret(siret)).isPresent();
    assertThat(driveService.find(instance.getBusinessKey()).getStatus()).isEqualTo(DriveStatus.EMPLOYER_ONBOARDED);
  }
}
