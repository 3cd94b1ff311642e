package fr.pcpe.workflow.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.DatabaseIndependent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/incubation/committee-advice.dmn on Camunda's DMN engine alone (Spring and the process engine add
 * nothing to a decision table): every rule, first hit wins.
 */
@DatabaseIndependent
class CommitteeAdviceTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision advice;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream table = Files.newInputStream(Path.of("processes", "incubation", "committee-advice.dmn"))) {
      advice = DMN.parseDecision("committeeAdvice", table);
    }
  }

  @ParameterizedTest(name = "{0}, porteur {1}, territoire {2}, {3} partenaire(s), {4} % → {5}")
  @CsvSource({
      // rule_noLead: whatever else, no lead means rework
      "EXPERIMENTATION, false, true, 5, 100, REWORK, Nommer un porteur",
      // rule_noPartnerAfterTerritory
      "FUNDING, true, true, 0, 100, ABANDON, Aucun partenaire engagé",
      // rule_noTerritory
      "TERRITORY_PARTNERS, true, false, 3, 0, REWORK, Trouver un territoire",
      // rule_fewPartners
      "EVALUATION, true, true, 1, 100, REWORK, au moins deux partenaires",
      // rule_underfunded
      "EXPERIMENTATION, true, true, 3, 79, REWORK, 80 %",
      // rule_go: early stages need neither territory nor partners
      "IDEA, true, false, 0, 0, GO, conditions de l'étape sont réunies",
      "EXPERIMENTATION, true, true, 2, 80, GO, conditions de l'étape sont réunies"})
  void adviceFollowsTheRules(String stage, boolean leadNamed, boolean territoryFound, int committedPartners,
      int budgetSecuredShare, String expected, String rationale) {
    DmnDecisionRuleResult result = DMN.evaluateDecisionTable(advice, Map.of(
        "stage", stage, "leadNamed", leadNamed, "territoryFound", territoryFound,
        "committedPartners", committedPartners, "budgetSecuredShare", budgetSecuredShare)).getSingleResult();

    assertThat((String) result.getEntry("advice")).isEqualTo(expected);
    assertThat((String) result.getEntry("rationale")).contains(rationale);
  }
}
