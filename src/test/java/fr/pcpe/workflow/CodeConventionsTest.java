package fr.pcpe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.common.ProcessVariable;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Conventions of src/main that a reviewer would otherwise check by hand (no Spring, no engine). */
class CodeConventionsTest {

  private static final Path MAIN = Path.of("src/main/java");
  /**
   * A variable's name written as a literal: given to the engine's variable API, named in a form's refusal
   * ({@code violations.put}), or handed to a helper that reads or scrubs a variable.
   */
  private static final Pattern LITERAL = Pattern.compile(
      "(?:[gs]etVariable(?:Local)?|removeVariable|[vV]ariableValue\\w*|variables?\\.put|violations\\.put)\\(\\s*\"(\\w+)\""
          + "|scrub\\(\\s*\\w+,\\s*\"(\\w+)\"");

  /** Accented letters, or French words between spaces. */
  private static final Pattern FRENCH = Pattern.compile(
      "[àâçéèêëîïôûùœÀÂÇÉÈÊÎÔÛ]|(?i)\\b(?:aucune?|le|la|les|des|du|une|est|pas|n'est|d'une?)\\s");
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  @Test
  @DisplayName("a process variable's name is written once, in its process class, not in calls to the engine")
  void variableNamesOnlyInProcessClasses() throws Exception {
    Set<String> names = variableNames();
    assertThat(names).contains("hireDecision", "checkInOutcome", "mobilizedStructures", "present", "anonymised");
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles()) {
      if (file.getFileName().toString().endsWith("Process.java")) {
        continue;
      }
      literals(file).stream().filter(names::contains).forEach(literal -> found.add(file + ": \"" + literal + "\""));
    }
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("what people read comes from messages.properties, not from Java strings (demo data aside)")
  void noFrenchInJava() throws Exception {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles()) {
      if (file.startsWith(MAIN.resolve("fr/pcpe/workflow/demo"))) {
        continue; // the demonstration's people, places and stories are data, not messages
      }
      strings(file).stream().filter(text -> FRENCH.matcher(text).find())
          .forEach(text -> found.add(file + ": \"" + text + "\""));
    }
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("settings are read through validated @ConfigurationProperties records, never one @Value at a time")
  void settingsThroughRecords() throws Exception {
    assertThat(filesSaying("@Value(")).isEmpty();
  }

  @Test
  @DisplayName("what people read is said through Messages, the one French accessor of messages.properties")
  void messagesThroughOneAccessor() throws Exception {
    assertThat(filesSaying("MessageSource")).containsExactly(MAIN.resolve("fr/pcpe/workflow/common/Messages.java"));
  }

  /** The files of src/main whose code, comments left out, holds the text. */
  private static List<Path> filesSaying(String text) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path file : javaFiles()) {
      if (withoutComments(file).contains(text)) {
        found.add(file);
      }
    }
    return found;
  }

  private static Set<String> variableNames() throws Exception {
    Set<String> names = new TreeSet<>();
    for (Path file : javaFiles()) {
      if (!file.getFileName().toString().endsWith("Process.java")) {
        continue;
      }
      String className = MAIN.relativize(file).toString().replace('/', '.').replace(".java", "");
      for (Class<?> holder : Class.forName(className).getDeclaredClasses()) {
        for (Field field : holder.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
            field.setAccessible(true);
            names.add(((ProcessVariable<?>) field.get(null)).name());
          }
        }
      }
    }
    return names;
  }

  private static List<String> strings(Path file) throws IOException {
    List<String> strings = new ArrayList<>();
    Matcher matcher = STRING.matcher(withoutComments(file));
    while (matcher.find()) {
      strings.add(matcher.group(1));
    }
    return strings;
  }

  private static String withoutComments(Path file) throws IOException {
    return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The variable names a file gives the engine as literals, comments left out. */
  private static List<String> literals(Path file) throws IOException {
    List<String> literals = new ArrayList<>();
    Matcher matcher = LITERAL.matcher(withoutComments(file));
    while (matcher.find()) {
      literals.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return literals;
  }
}
