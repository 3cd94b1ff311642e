package fr.pcpe.workflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.referral.ReferralDecisions.HireOutcome;
import fr.pcpe.workflow.referral.ReferralDecisions.Interview;
import fr.pcpe.workflow.referral.ReferralDecisions.InterviewDecision;
import fr.pcpe.workflow.referral.ReferralDecisions.Prescreen;
import fr.pcpe.workflow.referral.ReferralDecisions.Prescreening;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of the referral's forms, without Spring or the engine. */
class ReferralFormsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  @DisplayName("une orientation demande le nom, le prénom et le consentement ; l'e-mail et la date de naissance, s'ils sont donnés, sont valides")
  void submission() {
    assertThat(new ReferralSubmission("DRV-2026-0001", "Awa", "Traoré", null, null, null, null, true, true, false, null)
        .violations(TODAY)).isEmpty();
    assertThat(new ReferralSubmission("DRV-2026-0001", "Awa", "Traoré", null, null, null, TODAY.minusYears(30), true, true,
        false, null).violations(TODAY)).isEmpty();
    assertThat(new ReferralSubmission(null, null, "Traoré", "pas-un-email", null, null, TODAY, false, false, false, null)
        .violations(TODAY)).containsOnlyKeys("driveReference", "firstName", "email", "consent", "birthDate");
    assertThat(new ReferralSubmission("DRV-2026-0001", "Awa", "Traoré", null, null, null, TODAY.minusYears(101), true,
        true, false, null).violations(TODAY)).containsOnlyKeys("birthDate");
  }

  @Test
  @DisplayName("un refus au pré-examen a son motif")
  void prescreening() {
    assertThat(new Prescreening(Prescreen.REFUSE, null, null).violations()).containsOnlyKeys("refusalReason");
    assertThat(new Prescreening(Prescreen.REFUSE, RefusalReason.PROFILE_MISMATCH, null).violations()).isEmpty();
    assertThat(new Prescreening(Prescreen.ACCEPT, null, null).violations()).isEmpty();
  }

  @Test
  @DisplayName("un entretien se tient aujourd'hui ou plus tard ; un candidat non retenu a son motif")
  void interview() {
    assertThat(new InterviewDecision(Interview.INTERVIEW, TODAY.minusDays(1), null).violations(TODAY))
        .containsOnlyKeys("interviewDate");
    assertThat(new InterviewDecision(Interview.INTERVIEW, TODAY, null).violations(TODAY)).isEmpty();
    assertThat(new InterviewDecision(Interview.NOT_RETAINED, null, null).violations(TODAY))
        .containsOnlyKeys("notHiredReason");
  }

  @Test
  @DisplayName("une embauche dit le contrat, un début à moins d'un an et des heures entre 1 et 48")
  void hire() {
    assertThat(new HireConfirmation(HireOutcome.HIRED, ContractType.CDI, TODAY.plusDays(7), 35, null, false)
        .violations(TODAY)).isEmpty();
    assertThat(new HireConfirmation(HireOutcome.HIRED, null, TODAY.plusYears(2), 60, null, false)
        .violations(TODAY)).containsOnlyKeys("contractType", "hireStartDate", "weeklyHours");
    assertThat(new HireConfirmation(HireOutcome.NOT_HIRED, null, null, null, null, false).violations(TODAY))
        .containsOnlyKeys("notHiredReason");
  }
}
