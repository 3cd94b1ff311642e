package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.referral.TestReferrals;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Each role's Tasklist filters show what concerns it, and the administrator lands on the network's open work. */
@IntegrationTest
class TasklistFiltersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestDrives drives;
  @Autowired
  fr.pcpe.workflow.TestUsers users;

  /** The filters the person sees, in Tasklist's order (priority): the first is the one Tasklist opens. */
  private static List<JsonNode> filters(TasklistSession session) throws Exception {
    JsonNode all = JSON.readTree(session.get("/filter?resourceType=Task&firstResult=0&maxResults=2000").getBody());
    return StreamSupport.stream(all.spliterator(), false)
        .sorted(Comparator.comparingInt(filter -> filter.path("properties").path("priority").asInt())).toList();
  }

  private static List<String> names(List<JsonNode> filters) {
    return filters.stream().map(filter -> filter.path("name").asText()).toList();
  }

  @Test
  @DisplayName("l'administrateur ouvre Tasklist sur « Tout le réseau », qui montre la tâche d'une campagne qu'il vient de lancer")
  void theAdministratorLandsOnTheNetworksOpenWork() throws Exception {
    drives.open(3);
    TasklistSession admin = TasklistSession.login(http, "admin", "Secret-Mot-2026!");
    List<JsonNode> filters = filters(admin);
    assertThat(filters.get(0).path("name").asText()).isEqualTo("Tout le réseau");
    assertThat(JSON.readTree(admin.get("/filter/" + filters.get(0).path("id").asText() + "/count").getBody())
        .path("count").asLong()).isPositive();
  }

  @Test
  @DisplayName("une structure voit « Suivis en retard », un employeur ne le voit pas ; ni l'un ni l'autre ne voit « Tout le réseau »")
  void eachRoleSeesItsOwnFilters() throws Exception {
    TestReferrals.TestStructure structure = fixtures.structure();
    String employerGroup = drives.find(drives.open(1).getBusinessKey()).getEmployer().getGroupId();
    String employer = users.create("emp", employerGroup);

    List<String> referent = names(filters(TasklistSession.login(http, structure.referent())));
    List<String> employers = names(filters(TasklistSession.login(http, employer)));

    assertThat(referent).contains("Suivis en retard", "Tâches de mes groupes", "Mes tâches").doesNotContain("Tout le réseau");
    assertThat(employers).contains("Tâches de mes groupes", "Mes tâches").doesNotContain("Suivis en retard", "Tout le réseau",
        "Coordination PCPE");
  }

  @Test
  @DisplayName("Tasklist nomme les groupes et les collègues d'une structure ; un employeur ne lit pas ceux des autres")
  void tasklistNamesGroupsAndColleagues() throws Exception {
    TestReferrals.TestStructure structure = fixtures.structure();
    String group = structure.structure().getGroupId();
    String colleague = users.create("collegue", group);
    TasklistSession referent = TasklistSession.login(http, structure.referent());

    JsonNode groups = JSON.readTree(referent.get("/group?idIn=" + group + "," + PcpeGroups.headsOf(group)
        + "&firstResult=0&maxResults=10").getBody());
    assertThat(groups).extracting(node -> node.path("name").asText())
        .containsExactlyInAnyOrder(structure.structure().getName(), "Direction — " + structure.structure().getName());
    assertThat(JSON.readTree(referent.get("/user/" + colleague + "/profile").getBody()).path("firstName").asText())
        .isEqualTo("Camille");

    String employerGroup = drives.find(drives.open(1).getBusinessKey()).getEmployer().getGroupId();
    TasklistSession employer = TasklistSession.login(http, users.create("emp", employerGroup));
    assertThat(JSON.readTree(employer.get("/group?idIn=" + group + "&firstResult=0&maxResults=10").getBody())).isEmpty();
    assertThat(employer.get("/user/" + colleague + "/profile").getStatusCode().value()).isIn(403, 404);
  }
}
