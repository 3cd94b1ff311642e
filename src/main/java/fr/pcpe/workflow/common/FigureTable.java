package fr.pcpe.workflow.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of impact figures, as the page, the API and the CSV show it. Counts of people are
 * {@link People}: published as "&lt; 5" from 1 to 4 so that nobody can be recognised. A column with a total
 * keeps its total (the same figure as in the other tables and the headline) and hides more cells instead
 * (secondary suppression): the smallest other counts, until the hidden ones add up to at least 5 and cannot
 * be told apart. A {@link Share} is masked with its counts, and in a row where a count is masked. Other cells
 * (names, dates, targets, days) are shown as they are.
 */
public record FigureTable(String id, String title, List<String> columns, List<List<Object>> rows, boolean totalRow) {

  public static final int THRESHOLD = 5;
  public static final String MASKED = "< 5";

  /** A number of people. */
  public record People(long count) {
  }

  /** A share of people in percent. */
  public record Share(long part, long whole) {

    Object published(boolean rowMasked) {
      if (rowMasked || isMasked(part) || isMasked(whole)) {
        return MASKED;
      }
      return whole == 0 ? "—" : Math.round(100.0 * part / whole) + " %";
    }
  }

  public static People people(long count) {
    return new People(count);
  }

  public static Share share(long part, long whole) {
    return new Share(part, whole);
  }

  private static boolean isMasked(long count) {
    return count > 0 && count < THRESHOLD;
  }

  /** The table as published: small counts masked, with what would give them back. */
  public FigureTable published() {
    boolean[][] masked = new boolean[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      masked[r] = new boolean[rows.get(r).size()];
      for (int c = 0; c < masked[r].length; c++) {
        masked[r][c] = rows.get(r).get(c) instanceof People people && isMasked(people.count());
      }
    }
    if (totalRow && !rows.isEmpty()) {
      for (int c = 0; c < rows.get(rows.size() - 1).size(); c++) {
        if (rows.get(rows.size() - 1).get(c) instanceof People) {
          protectTotal(c, masked);
        }
      }
    }
    List<List<Object>> shown = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      boolean rowMasked = false;
      for (boolean cell : masked[r]) {
        rowMasked |= cell;
      }
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < masked[r].length; c++) {
        Object cell = rows.get(r).get(c);
        if (cell instanceof People people) {
          row.add(masked[r][c] ? MASKED : people.count());
        } else if (cell instanceof Share share) {
          row.add(share.published(rowMasked));
        } else {
          row.add(cell);
        }
      }
      shown.add(row);
    }
    return new FigureTable(id, title, columns, shown, totalRow);
  }

  /**
   * Hides the smallest other counts of a column whose total is shown until its hidden counts cannot be recovered
   * from it: at least 5 together, and not all 1 or all 4 (the hidden small counts are 1 to 4 each). The total
   * is hidden only when nothing else is left to hide.
   */
  private void protectTotal(int column, boolean[][] masked) {
    int total = rows.size() - 1;
    if (masked[total][column]) {
      return;
    }
    long hiddenSum = 0;
    int small = 0;
    boolean large = false;
    for (int r = 0; r < total; r++) {
      if (masked[r][column]) {
        hiddenSum += count(r, column);
        small++;
      }
    }
    while (small > 0 && !(hiddenSum >= THRESHOLD && (large || hiddenSum > small && hiddenSum < (THRESHOLD - 1L) * small))) {
      int next = -1;
      for (int r = 0; r < total; r++) {
        if (!masked[r][column] && count(r, column) > 0 && (next < 0 || count(r, column) < count(next, column))) {
          next = r;
        }
      }
      if (next < 0) {
        masked[total][column] = true;
        return;
      }
      masked[next][column] = true;
      hiddenSum += count(next, column);
      large = true;
    }
  }

  private long count(int row, int column) {
    return rows.get(row).get(column) instanceof People people ? people.count() : 0;
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
