package fr.pcpe.workflow.system.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * Refuses a password an attacker would guess early (zxcvbn's score under 4, fewer than about 10^10 guesses):
 * common words, names and passwords in English (zxcvbn4j's dictionaries) and in French
 * (security/fr/: zxcvbn-ts's French lists, with our French passwords), the 10,000 most common passwords,
 * the person's own names, and their variants (capitals, digits and signs around, l33t, keyboard rows).
 * "Motdepasse1!", "Jetaime123!" and "P@ssw0rd123" are refused; "Tremblay-Entrepot-7" passes.
 */
class PasswordStrengthRule implements PasswordPolicyRule {

  static final String PLACEHOLDER = "PASSWORD_POLICY_COMMON";
  static final int MINIMUM_SCORE = 4;

  private static final Zxcvbn ZXCVBN = build();

  @Override
  public String getPlaceholder() {
    return PLACEHOLDER;
  }

  @Override
  public Map<String, String> getParameters() {
    return Map.of();
  }

  @Override
  public boolean execute(String candidatePassword) {
    return execute(candidatePassword, null);
  }

  @Override
  public boolean execute(String candidatePassword, User user) {
    List<String> own = user == null ? List.of() : Stream.of(user.getId(), user.getFirstName(), user.getLastName(),
        user.getEmail()).filter(value -> value != null && !value.isBlank()).toList();
    return ZXCVBN.measure(candidatePassword, own).getScore() >= MINIMUM_SCORE;
  }

  private static Zxcvbn build() {
    try {
      List<Dictionary> dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
      dictionaries.add(new Dictionary("fr_passwords", lines("/security/fr/common-passwords.txt")));
      dictionaries.add(new Dictionary("common_passwords", lines("/security/common-passwords.txt")));
      dictionaries.add(new Dictionary("fr_words", lines("/security/fr/common-words.txt")));
      dictionaries.add(new Dictionary("fr_first_names", lines("/security/fr/first-names.txt")));
      dictionaries.add(new Dictionary("fr_last_names", lines("/security/fr/last-names.txt")));
      return new ZxcvbnBuilder().dictionaries(dictionaries).keyboards(StandardKeyboards.loadAllKeyboards()).build();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream list = PasswordStrengthRule.class.getResourceAsStream(resource)) {
      if (list == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
  }
}
