package fr.pcpe.workflow.drive;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.employer.Sector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmployerOnboardingTest {

  static EmployerOnboarding valid() {
    return new EmployerOnboarding("LogiNord Entrepôts", "812 345 676 00017", Sector.LOGISTICS, "Marc Dubois",
        "recrutement@loginord.example", "01 48 00 00 00", "200 préparateurs de commandes en CDI");
  }

  @Test
  @DisplayName("un accueil complet et juste ne viole aucune règle, SIRET sans espaces")
  void validOnboarding() {
    EmployerOnboarding onboarding = valid();
    assertThat(onboarding.violations()).isEmpty();
    assertThat(onboarding.siret()).isEqualTo("81234567600017");
  }

  @Test
  @DisplayName("chaque champ faux ou manquant est nommé, avec sa clé de message")
  void everyBrokenFieldIsNamed() {
    EmployerOnboarding onboarding = new EmployerOnboarding(null, "81234567600018", null,
        null, "pas-un-email", "abc", null);
    assertThat(onboarding.violations()).containsOnlyKeys("employerName", "siret", "sector",
        "contactName", "contactEmail", "contactPhone", "needDescription");
    assertThat(onboarding.violations().get("siret")).isEqualTo("onboarding.siret.invalid");
  }

  @Test
  @DisplayName("le téléphone est facultatif")
  void phoneIsOptional() {
    EmployerOnboarding base = valid();
    EmployerOnboarding withoutPhone = new EmployerOnboarding(base.employerName(), base.siret(),
        base.sector(), base.contactName(), base.contactEmail(), null, base.needDescription());
    assertThat(withoutPhone.violations()).isEmpty();
  }
}
