package fr.pcpe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps the PCPE's people use speak French: every key of Camunda 7.24's English file has a French
 * entry, the French locale is the only one offered, and the migration banner is hidden.
 */
class WebappLocalesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String APP = "META-INF/resources/webjars/camunda/app/";

  private static JsonNode json(String path) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
    }
  }

  private static String text(String path) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  @DisplayName("chaque clé anglaise a sa traduction française, le français est la seule langue, sans bandeau")
  void frenchForEveryKey(String app) throws IOException {
    JsonNode english = json(APP + app + "/locales/en.json");
    JsonNode french = json(APP + app + "/locales/fr.json");
    List<String> missing = new ArrayList<>();
    english.path("labels").fieldNames().forEachRemaining(key -> {
      if (!french.path("labels").has(key)) {
        missing.add(key);
      }
    });
    english.path("dateLocales").fieldNames().forEachRemaining(key -> {
      if (!french.path("dateLocales").has(key)) {
        missing.add("dateLocales." + key);
      }
    });
    assertThat(missing).as(app + ": keys without French").isEmpty();
    assertThat(text(APP + app + "/scripts/config.js")).contains("availableLocales: ['fr']", "fallbackLocale: 'fr'");
    assertThat(text(APP + app + "/styles/user-styles.css")).contains(".ce-eol-banner", "display: none");
  }
}
