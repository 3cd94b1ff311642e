import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's table over several runs (bench/run with a run count): each figure of each line is the median of
 * that figure in every run's table; on the lines of ratios, each run's figure follows in brackets. Lines are matched
 * by their position once the per-case details (rows read, statements) are left out; a run whose table has more or
 * fewer lines is reported and left out, and a line some runs give with other figures says of how many runs it is
 * the median.
 *
 * <p>{@code java bench/Medians.java target/benchmark-1.txt target/benchmark-2.txt …}
 */
class Medians {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d+)?");
  private static final Pattern DETAIL = Pattern.compile("^\\s+\\d.*");

  public static void main(String[] args) throws IOException {
    List<List<String>> runs = new ArrayList<>();
    for (int run = 0; run < args.length; run++) {
      List<String> table = Files.readAllLines(Path.of(args[run])).stream()
          .filter(line -> !DETAIL.matcher(line).matches()).toList();
      if (runs.isEmpty() || table.size() == runs.get(0).size()) {
        runs.add(table);
      } else {
        System.out.println("(" + args[run] + " has other lines than " + args[0] + ": left out)");
      }
    }
    System.out.println("(each figure: the median of " + runs.size() + " runs; in brackets, each run's ratio)");
    for (int line = 0; line < runs.get(0).size(); line++) {
      System.out.println(median(alike(runs, line), line, runs.size()));
    }
  }

  /**
   * The runs whose line has the figures most runs' line has (a figure a run could not read, such as PostgreSQL's CPU
   * time, is left out of its line); the line says so when some runs are left out.
   */
  private static List<List<String>> alike(List<List<String>> runs, int line) {
    Map<String, List<List<String>>> byShape = new LinkedHashMap<>();
    runs.forEach(run -> byShape.computeIfAbsent(shape(run.get(line)), shape -> new ArrayList<>()).add(run));
    return byShape.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
  }

  /** A line without its figures. */
  private static String shape(String line) {
    return NUMBER.matcher(line).replaceAll("#").replaceAll("\\s+", " ");
  }

  private static String median(List<List<String>> runs, int line, int of) {
    List<List<String>> figures = runs.stream().map(run -> numbers(run.get(line))).toList();
    Matcher matcher = NUMBER.matcher(runs.get(0).get(line));
    StringBuilder out = new StringBuilder();
    int index = 0;
    while (matcher.find()) {
      int at = index++;
      String[] each = figures.stream().map(numbers -> numbers.get(at)).toArray(String[]::new);
      double[] values = Arrays.stream(each).mapToDouble(figure -> Double.parseDouble(figure.replace(',', '.')))
          .sorted().toArray();
      double middle = values.length % 2 == 1 ? values[values.length / 2]
          : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
      int decimals = matcher.group().contains(",") ? matcher.group().length() - matcher.group().indexOf(',') - 1 : 0;
      String text = String.format(Locale.FRANCE, "%." + decimals + "f", middle);
      if (runs.get(0).get(line).startsWith("  ratio")) {
        text += " [" + String.join(" ", each) + "]";
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return runs.size() < of ? out + "  (" + runs.size() + " of " + of + " runs)" : out.toString();
  }

  private static List<String> numbers(String line) {
    List<String> found = new ArrayList<>();
    Matcher matcher = NUMBER.matcher(line);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
