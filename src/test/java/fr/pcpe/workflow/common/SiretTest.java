package fr.pcpe.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

  @ParameterizedTest
  @ValueSource(strings = {"81234567600017", "812 345 676 00017", "73282932000074", "35600000000048", "35600000000001"})
  @DisplayName("un SIRET dont les clés SIREN et SIRET sont justes est accepté")
  void acceptsValidSirets(String siret) {
    assertThat(Siret.isValid(siret)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"81234567600018", "8123456760001", "812345676000170", "8123456760001A",
      "81234567000002", "35600000000002"})
  @DisplayName("un SIRET mal formé ou dont une clé est fausse est refusé")
  void rejectsInvalidSirets(String siret) {
    assertThat(Siret.isValid(siret)).isFalse();
  }

  @Test
  @DisplayName("la clé du SIREN est vérifiée, pas seulement celle du SIRET")
  void checksTheSirenKeyToo() {
    // 81234567000002 passes the 14-digit Luhn check but its SIREN 812345670 does not
    assertThat(Siret.luhn("81234567000002")).isTrue();
    assertThat(Siret.isValid("81234567000002")).isFalse();
  }
}
