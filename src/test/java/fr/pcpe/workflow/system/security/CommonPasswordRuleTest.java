package fr.pcpe.workflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonPasswordRuleTest {

  private final CommonPasswordRule rule = new CommonPasswordRule();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Password1!", "PASSWORD", "azerty", "Azerty123!", "!!Soleil2024", "123456789"})
  @DisplayName("les mots de passe les plus courants sont refusés, quelle que soit la casse et les chiffres autour")
  void commonPasswordsAreRefused(String password) {
    assertThat(rule.execute(password)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Demo-Emploi-93", "Secret-Mot-2026!", "Choose-A-Strong-1!", "Tremblay-Entrepot-7"})
  @DisplayName("une phrase de passe qui n'est pas dans la liste est acceptée")
  void uncommonPasswordsPass(String password) {
    assertThat(rule.execute(password)).isTrue();
  }
}
