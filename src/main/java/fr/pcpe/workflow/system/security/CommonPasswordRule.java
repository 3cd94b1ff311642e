package fr.pcpe.workflow.system.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/**
 * Refuses the most common passwords (security/common-passwords.txt), compared in lower case, also once
 * the digits and signs around a word are taken off: {@code Password1!} is {@code password}.
 */
class CommonPasswordRule implements PasswordPolicyRule {

  static final String PLACEHOLDER = "PASSWORD_POLICY_COMMON";
  private static final String LIST = "/security/common-passwords.txt";

  private final Set<String> common;

  CommonPasswordRule() {
    try (InputStream list = CommonPasswordRule.class.getResourceAsStream(LIST)) {
      if (list == null) {
        throw new IllegalStateException(LIST + " is missing from the classpath");
      }
      common = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

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
    String lower = candidatePassword.toLowerCase(Locale.ROOT);
    String word = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    return !common.contains(lower) && !common.contains(word);
  }
}
