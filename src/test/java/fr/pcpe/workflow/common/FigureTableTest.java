package fr.pcpe.workflow.common;

import static fr.pcpe.workflow.common.FigureTable.people;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FigureTableTest {

  @Test
  @DisplayName("de 1 à 4 personnes : « < 5 » ; 0 et 5 et plus : le nombre ; le total d'une colonne qui masque est masqué")
  void masking() {
    FigureTable table = new FigureTable("t", "Titre", List.of("Structure", "Orientés", "Embauchés"), List.of(
        List.of("A", people(12), people(3)),
        List.of("B", people(5), people(0)),
        List.of("Total", people(17), people(3))), true).published();

    assertThat(table.rows().get(0)).containsExactly("A", 12L, "< 5");
    assertThat(table.rows().get(1)).containsExactly("B", 5L, 0L);
    assertThat(table.rows().get(2)).containsExactly("Total", 17L, "< 5");
  }

  @Test
  @DisplayName("une part se masque avec ses effectifs ; le CSV échappe les séparateurs et désarme les formules")
  void sharesAndCsv() {
    assertThat(FigureTable.share(3, 10)).isEqualTo("< 5");
    assertThat(FigureTable.share(6, 8)).isEqualTo("75 %");
    assertThat(FigureTable.share(0, 0)).isEqualTo("—");
    String csv = new FigureTable("t", "Titre", List.of("Nom", "N"), List.of(
        List.of("=HYPERLINK(\"x\")", people(7)), List.of("Dupont; fils", people(2))), false).csv();
    assertThat(csv.split("\r\n")).containsExactly("Nom;N", "\"'=HYPERLINK(\"\"x\"\")\";7", "\"Dupont; fils\";< 5");
  }
}
