package fr.pcpe.workflow.drive;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.common.ContractType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of the drive's forms, without Spring or the engine. */
class DriveFormsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static DriveAgreement agreement(int positions, int target, LocalDate deadline, List<String> structures) {
    return new DriveAgreement("Préparateur de commandes", "N1103", ContractType.CDI, positions, TODAY.plusMonths(1),
        "Tremblay-en-France", null, target, deadline, null, structures);
  }

  @Test
  @DisplayName("un accord complet, avec des structures connues, ne viole aucune règle")
  void validAgreement() {
    assertThat(agreement(200, 200, TODAY.plusMonths(4), List.of("s1")).violations(TODAY, Set.of("s1", "s2")))
        .isEmpty();
  }

  @Test
  @DisplayName("une cible au-delà des postes, une échéance passée, une structure inconnue sont refusées")
  void brokenAgreement() {
    assertThat(agreement(10, 11, TODAY, List.of("unknown")).violations(TODAY, Set.of("s1")))
        .containsOnlyKeys("targetHires", "deadline", "mobilizedStructures");
    assertThat(agreement(10, 5, TODAY.plusDays(1), List.of()).violations(TODAY, Set.of("s1")))
        .containsOnlyKeys("mobilizedStructures");
  }

  @Test
  @DisplayName("s'engager demande un nombre de candidats ; décliner n'en demande pas")
  void mobilizationAnswer() {
    assertThat(new MobilizationAnswer(MobilizationAnswer.Decision.COMMIT, null, null).violations())
        .containsOnlyKeys("committedCandidates");
    assertThat(new MobilizationAnswer(MobilizationAnswer.Decision.COMMIT, 0, null).violations())
        .containsOnlyKeys("committedCandidates");
    assertThat(new MobilizationAnswer(MobilizationAnswer.Decision.DECLINE, null, null).violations()).isEmpty();
    assertThat(new MobilizationAnswer(null, 3, null).violations()).containsOnlyKeys("mobilizationDecision");
  }
}
