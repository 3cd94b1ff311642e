package fr.pcpe.workflow.common;

import static fr.pcpe.workflow.common.FigureTable.people;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FigureTableTest {

  @Test
  @DisplayName("de 1 à 4 personnes : « < 5 » ; 0 et 5 et plus : le nombre ; un total qui serait le masqué est masqué")
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
  @DisplayName("un total reste publié : d'autres effectifs se masquent jusqu'à ce que les masqués ne se retrouvent pas par différence")
  void secondarySuppressionKeepsTheTotal() {
    FigureTable table = new FigureTable("t", "Titre", List.of("Structure", "Orientés", "Embauchés"), List.of(
        List.of("A", people(12), people(3)),
        List.of("B", people(5), people(0)),
        List.of("C", people(7), people(6)),
        List.of("D", people(9), people(8)),
        List.of("Total", people(33), people(17))), true).published();

    assertThat(table.rows()).extracting(row -> row.get(2)).containsExactly("< 5", 0L, "< 5", 8L, 17L);
    assertThat(table.rows()).extracting(row -> row.get(1)).containsExactly(12L, 5L, 7L, 9L, 33L);
  }

  @Test
  @DisplayName("des masqués tous à 4 (ou tous à 1) se retrouveraient par le total : un effectif de plus est masqué")
  void hiddenCountsThatWouldBeKnownHideOneMore() {
    FigureTable fours = new FigureTable("t", "Titre", List.of("Structure", "Embauchés"), List.of(
        List.of("A", people(4)), List.of("B", people(4)), List.of("C", people(10)), List.of("D", people(12)),
        List.of("Total", people(30))), true).published();
    assertThat(fours.rows()).extracting(row -> row.get(1)).containsExactly("< 5", "< 5", "< 5", 12L, 30L);

    FigureTable mixed = new FigureTable("t", "Titre", List.of("Structure", "Embauchés"), List.of(
        List.of("A", people(2)), List.of("B", people(4)), List.of("C", people(10)),
        List.of("Total", people(16))), true).published();
    assertThat(mixed.rows()).as("2 + 4: not one way only").extracting(row -> row.get(1))
        .containsExactly("< 5", "< 5", 10L, 16L);
  }

  @Test
  @DisplayName("une part se masque avec ses effectifs et dans une ligne qui en masque ; le CSV échappe les séparateurs et désarme les formules")
  void sharesAndCsv() {
    FigureTable shares = new FigureTable("t", "Titre", List.of("Café", "Présents", "Embauchés", "Part"), List.of(
        List.of("A", people(10), people(3), FigureTable.share(3, 10)),
        List.of("B", people(8), people(6), FigureTable.share(6, 8)),
        List.of("C", people(0), people(0), FigureTable.share(0, 0))), false).published();
    assertThat(shares.rows()).extracting(row -> row.get(3)).containsExactly("< 5", "75 %", "—");
    String csv = new FigureTable("t", "Titre", List.of("Nom", "N"), List.of(
        List.of("=HYPERLINK(\"x\")", people(7)), List.of("Dupont; fils", people(2))), false).csv();
    assertThat(csv.split("\r\n")).containsExactly("Nom;N", "\"'=HYPERLINK(\"\"x\"\")\";7", "\"Dupont; fils\";< 5");
  }
}
