package fr.pcpe.workflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pcpe.workflow.common.FrenchDates;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a template's placeholders are filled: once each, dates the French way, and never left in the text. */
class MailTemplateTest {

  @Test
  @DisplayName("chaque {nom} est remplacé une fois, une date écrite à la française, une valeur absente par rien")
  void placeholdersAreFilledOnce() {
    Map<String, Object> values = new HashMap<>();
    values.put("candidateName", "Awa Diallo");
    values.put("day", LocalDate.of(2026, 12, 7));
    values.put("comment", null);
    values.put("unused", "ignored");
    values.put("dollars", "$1 {day}");

    assertThat(MailService.fill("Subject: {candidateName}\nLe {day}, {candidateName}.{comment} {dollars}", values))
        .isEqualTo("Subject: Awa Diallo\nLe " + FrenchDates.day(LocalDate.of(2026, 12, 7))
            + ", Awa Diallo. $1 {day}");
  }

  @Test
  @DisplayName("un {nom} sans valeur fait échouer l'écriture : aucun courriel ne part avec une accolade")
  void anUnknownPlaceholderFails() {
    assertThatThrownBy(() -> MailService.fill("Bonjour {firstName}, voir {pageUrl}", Map.of("firstName", "Awa")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("{pageUrl}");
  }

  @Test
  @DisplayName("un texte sans accolade nommée reste tel quel")
  void plainTextStaysAsItIs() {
    assertThat(MailService.fill("Prix : 10 € {} { x }", Map.of())).isEqualTo("Prix : 10 € {} { x }");
  }
}
