import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's table over several runs (bench/run with a run count): each figure of each line is the median of
 * that figure in every run's table; on the lines of ratios, each run's figure follows in brackets. Lines are matched by their
 * position once the per-case details (rows read, statements) are left out; a run whose table has other lines is
 * reported and left out.
 *
 * <p>{@code java bench/Medians.java target/benchmark-1.txt target/benchmark-2.txt …}
 */
class Medians {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d+)?");
  private static final Pattern DETAIL = Pattern.compile("^\\s+\\d.*");

  public static void main(String[] args) throws IOException {
    List<List<String>> runs = new ArrayList<>();
    for (String file : args) {
      runs.add(Files.readAllLines(Path.of(file)).stream().filter(line -> !DETAIL.matcher(line).matches()).toList());
    }
    List<String> first = runs.get(0);
    List<List<String>> alike = new ArrayList<>();
    for (int run = 0; run < runs.size(); run++) {
      if (shape(runs.get(run)).equals(shape(first))) {
        alike.add(runs.get(run));
      } else {
        System.out.println("(" + args[run] + " has other lines than " + args[0] + ": left out)");
      }
    }
    System.out.println("(each figure: the median of " + alike.size() + " runs; in brackets, each run's ratio)");
    for (int line = 0; line < first.size(); line++) {
      System.out.println(median(alike, line));
    }
  }

  /** A table's lines without their figures: which runs can be compared. */
  private static List<String> shape(List<String> table) {
    return table.stream().map(line -> NUMBER.matcher(line).replaceAll("#").replaceAll("\\s+", " ")).toList();
  }

  private static String median(List<List<String>> runs, int line) {
    List<List<String>> figures = runs.stream().map(run -> numbers(run.get(line))).toList();
    Matcher matcher = NUMBER.matcher(runs.get(0).get(line));
    StringBuilder out = new StringBuilder();
    int index = 0;
    while (matcher.find()) {
      int at = index++;
      String[] each = figures.stream().map(numbers -> numbers.get(at)).toArray(String[]::new);
      double[] values = Arrays.stream(each).mapToDouble(figure -> Double.parseDouble(figure.replace(',', '.'))).sorted().toArray();
      double middle = values.length % 2 == 1 ? values[values.length / 2]
          : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
      int decimals = matcher.group().contains(",") ? matcher.group().length() - matcher.group().indexOf(',') - 1 : 0;
      String text = String.format(java.util.Locale.FRANCE, "%." + decimals + "f", middle);
      if (runs.get(0).get(line).startsWith("  ratio")) {
        text += " [" + String.join(" ", each) + "]";
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return out.toString();
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
