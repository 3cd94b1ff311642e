package fr.pcpe.workflow.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.incubation.IncubationEnums.Decision;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of the incubation's forms, without Spring or the engine. */
class IncubationFormsTest {

  @Test
  @DisplayName("un budget saisi est un montant positif ; un financeur vient avec son montant, un montant avec son financeur")
  void stageWork() {
    assertThat(new IncubationService.StageWork("Est ensemble", new BigDecimal("240000"), true, null, false,
        "FSE+", new BigDecimal("120000"), true).violations()).isEmpty();
    assertThat(new IncubationService.StageWork(null, null, true, null, false, "FSE+", null, false).violations())
        .containsOnlyKeys("budget", "funderAmount");
    assertThat(new IncubationService.StageWork(null, null, false, null, false, null, BigDecimal.TEN, true)
        .violations()).containsOnlyKeys("funderAmount");
  }

  @Test
  @DisplayName("le comité décide ; un abandon dit pourquoi et ce qu'on en retient")
  void committee() {
    assertThat(new IncubationService.CommitteeDecision(null, null, null, null).violations())
        .containsOnlyKeys("decision");
    assertThat(new IncubationService.CommitteeDecision(Decision.ABANDON, null, "Gouvernance", null).violations())
        .containsOnlyKeys("abandonReason");
    assertThat(new IncubationService.CommitteeDecision(Decision.GO, null, null, null).violations()).isEmpty();
  }

  @Test
  @DisplayName("un projet a un nom et un porteur qui existe")
  void proposal() {
    assertThat(new IncubationSteps.ProjectProposal("Fonds citoyen", null, "coordinatrice", true).violations())
        .isEmpty();
    assertThat(new IncubationSteps.ProjectProposal(null, null, "personne", false).violations())
        .containsOnlyKeys("projectName", "leadUserId");
  }
}
