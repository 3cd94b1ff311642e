package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordStrengthRuleTest {

  private final PasswordStrengthRule rule = new PasswordStrengthRule();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Motdepasse1!", "Jetaime123!", "P@ssw0rd123", "Azerty123!", "Password1!", "!!Soleil2024",
      "Marseille2026!", "Chocolat-1234", "Bonjour2025!", "Azertyuiop1!", "Princesse93!", "123456789aA!"})
  @DisplayName("les mots de passe courants, français ou anglais, et leurs variantes sont refusés")
  void guessablePasswordsAreRefused(String password) {
    assertThat(rule.execute(password)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Demo-Emploi-93", "Secret-Mot-2026!", "Tremblay-Entrepot-7", "Choose-A-Strong-1!"})
  @DisplayName("une phrase de passe difficile à deviner est acceptée")
  void strongPasswordsPass(String password) {
    assertThat(rule.execute(password)).isTrue();
  }

  @Test
  @DisplayName("le nom de la personne ne fait pas un mot de passe")
  void theUsersOwnNamesAreGuessable() {
    UserEntity user = new UserEntity("nadia.benali");
    user.setFirstName("Nadia");
    user.setLastName("Benali");
    assertThat(rule.execute("Nadia.Benali-2026", user)).isFalse();
    assertThat(rule.execute("Nadia.Benali-2026")).as("without the user, a rarer pair of names").isTrue();
  }
}
