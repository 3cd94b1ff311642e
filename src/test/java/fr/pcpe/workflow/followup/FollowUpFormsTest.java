package fr.pcpe.workflow.followup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Proposal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of the follow-up's forms, without Spring or the engine. */
class FollowUpFormsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  @DisplayName("une rencontre a eu lieu : pas dans le futur")
  void meeting() {
    assertThat(FollowUpForms.meeting(TODAY, TODAY)).isEmpty();
    assertThat(FollowUpForms.meeting(TODAY.plusDays(1), TODAY)).containsOnlyKeys("meetingDate");
    assertThat(FollowUpForms.meeting(null, TODAY)).containsOnlyKeys("meetingDate");
  }

  @Test
  @DisplayName("une proposition a son type et son détail ; une campagne, seulement pour une offre et si elle est ouverte")
  void proposal() {
    assertThat(new FollowUpForms.ProposalForm(Proposal.TRAINING, "Formation CACES", null, false).violations()).isEmpty();
    assertThat(new FollowUpForms.ProposalForm(null, null, null, false).violations())
        .containsOnlyKeys("proposalType", "proposalDetails");
    assertThat(new FollowUpForms.ProposalForm(Proposal.OFFER, "Cariste", "CAMP-2026-001", true).violations()).isEmpty();
    assertThat(new FollowUpForms.ProposalForm(Proposal.OFFER, "Cariste", "CAMP-2026-001", false).violations())
        .containsOnlyKeys("proposedDrive");
    assertThat(new FollowUpForms.ProposalForm(Proposal.IMMERSION, "Cariste", "CAMP-2026-001", true).violations())
        .containsOnlyKeys("proposedDrive");
  }

  @Test
  @DisplayName("une revue se décide ; une relance nomme un autre référent qui peut suivre le candidat")
  void review() {
    assertThat(new FollowUpForms.ReviewForm(FollowUpEnums.Review.CLOSE, false, null).violations()).isEmpty();
    assertThat(new FollowUpForms.ReviewForm(FollowUpEnums.Review.RESTART, true, "Reprise").violations()).isEmpty();
    assertThat(new FollowUpForms.ReviewForm(FollowUpEnums.Review.RESTART, false, null).violations())
        .containsOnlyKeys("newReferentId");
    assertThat(new FollowUpForms.ReviewForm(null, false, "x".repeat(1001)).violations())
        .containsOnlyKeys("reviewDecision", "reviewComment");
  }

  @Test
  @DisplayName("une pause a son motif et une reprise à venir")
  void pause() {
    assertThat(new FollowUpForms.PauseForm("SUI-2026-00001", "Hospitalisation", TODAY.plusDays(20)).violations(TODAY))
        .isEmpty();
    assertThat(new FollowUpForms.PauseForm("SUI-2026-00001", "Hospitalisation", TODAY).violations(TODAY))
        .containsOnlyKeys("pauseReason");
  }

  @Test
  @DisplayName("une réunion de reconnexion : à venir, un lieu, un niveau où quelqu'un est à inviter")
  void reconnectionPlan() {
    assertThat(new ReconnectionForms.Plan(TODAY, "Maison de l'emploi", Level.HEAD, null, false)
        .violations(TODAY)).isEmpty();
    assertThat(new ReconnectionForms.Plan(TODAY.minusDays(1), null, Level.HEAD, null, true).violations(TODAY))
        .containsOnlyKeys("meetingDate", "venue", "minimumLevel");
  }

  @Test
  @DisplayName("qui est venu se note après la réunion, et seulement parmi les invités")
  void reconnectionOutcome() {
    assertThat(new ReconnectionForms.Outcome(List.of(1L), List.of(1L, 2L), TODAY).violations(TODAY)).isEmpty();
    assertThat(new ReconnectionForms.Outcome(List.of(3L), List.of(1L, 2L), TODAY).violations(TODAY))
        .containsOnlyKeys("present");
    assertThat(new ReconnectionForms.Outcome(List.of(1L), List.of(1L), TODAY.plusDays(1)).violations(TODAY))
        .containsOnlyKeys("present");
  }
}
