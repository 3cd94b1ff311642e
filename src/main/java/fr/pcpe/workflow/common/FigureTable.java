package fr.pcpe.workflow.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table of impact figures, as the page, the API and the CSV show it. Counts of people are
 * {@link People}: published as "&lt; 5" from 1 to 4 so that nobody can be recognised, and a total row's
 * count is masked too when a count of its column is (it would give the masked one back). Other cells
 * (names, dates, targets, days) are shown as they are.
 */
public record FigureTable(String id, String title, List<String> columns, List<List<Object>> rows, boolean totalRow) {

  public static final int THRESHOLD = 5;
  public static final String MASKED = "< 5";

  /** A number of people. */
  public record People(long count) {
  }

  public static People people(long count) {
    return new People(count);
  }

  /** A share of people in percent, masked when either count is. */
  public static Object share(long part, long whole) {
    if (isMasked(part) || isMasked(whole)) {
      return MASKED;
    }
    return whole == 0 ? "—" : Math.round(100.0 * part / whole) + " %";
  }

  private static boolean isMasked(long count) {
    return count > 0 && count < THRESHOLD;
  }

  /** The table as published: people counts masked, and the total row's counts of columns that hide one. */
  public FigureTable published() {
    Set<Integer> columnsWithMasked = new HashSet<>();
    List<List<Object>> shown = new ArrayList<>();
    int last = rows.size() - 1;
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < rows.get(r).size(); c++) {
        Object cell = rows.get(r).get(c);
        if (cell instanceof People people) {
          boolean total = totalRow && r == last;
          if (isMasked(people.count()) || total && columnsWithMasked.contains(c)) {
            columnsWithMasked.add(c);
            row.add(MASKED);
          } else {
            row.add(people.count());
          }
        } else {
          row.add(cell);
        }
      }
      shown.add(row);
    }
    return new FigureTable(id, title, columns, shown, totalRow);
  }

  /** CSV for a spreadsheet (semicolon-separated, as French spreadsheets expect), of the published table. */
  public String csv() {
    StringBuilder csv = new StringBuilder();
    csv.append(line(new ArrayList<>(columns)));
    published().rows().forEach(row -> csv.append(line(row)));
    return csv.toString();
  }

  private static String line(List<?> cells) {
    List<String> quoted = cells.stream().map(cell -> {
      String text = cell == null ? "" : String.valueOf(cell);
      if (text.matches("[=+\\-@].*")) {
        text = "'" + text; // a spreadsheet would take it for a formula
      }
      return text.matches("[^;\"\\n\\r]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }).toList();
    return String.join(";", quoted) + "\r\n";
  }
}
