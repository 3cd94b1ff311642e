package fr.pcpe.workflow.cce;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.common.ProcessVariable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of the CCE's forms, without Spring or the engine. */
class CceFormsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  @DisplayName("un CCE a sa ville, son lieu et une date à moins d'un an")
  void plan() {
    assertThat(new CcePlan("Bondy", "Maison de l'emploi", null, TODAY.plusDays(10)).violations(TODAY)).isEmpty();
    assertThat(new CcePlan(null, null, null, TODAY.plusYears(2)).violations(TODAY))
        .containsOnlyKeys("city", "venue", "eventDate");
  }

  @Test
  @DisplayName("les embauchés et les présélectionnés étaient présents, personne n'est les deux, tous étaient invités")
  void attendance() {
    List<Long> invited = List.of(1L, 2L, 3L);
    assertThat(new AttendanceSheet(Set.of(1L, 2L), Set.of(1L), Set.of(2L)).isConsistentWith(invited)).isTrue();
    assertThat(new AttendanceSheet(Set.of(1L), Set.of(2L), Set.of()).isConsistentWith(invited)).isFalse();
    assertThat(new AttendanceSheet(Set.of(1L), Set.of(1L), Set.of(1L)).isConsistentWith(invited)).isFalse();
    assertThat(new AttendanceSheet(Set.of(4L), Set.of(), Set.of()).isConsistentWith(invited)).isFalse();
    assertThat(new AttendanceSheet(Set.of(ProcessVariable.NOT_AN_ID), Set.of(), Set.of()).isConsistentWith(invited))
        .isFalse();
  }

  @Test
  @DisplayName("un suivi pour chaque présent reparti sans emploi ; pour les absents, sauf si la configuration l'écarte")
  void whoIsFollowed() {
    CceInvitation invitation = new CceInvitation();
    invitation.record(false, null);
    assertThat(invitation.needsFollowUp(true)).isTrue();
    assertThat(invitation.needsFollowUp(false)).isFalse();
    invitation.record(true, CceInvitation.Outcome.SHORTLISTED);
    assertThat(invitation.needsFollowUp(false)).isTrue();
    invitation.record(true, CceInvitation.Outcome.HIRED);
    assertThat(invitation.needsFollowUp(true)).isFalse();
  }
}
