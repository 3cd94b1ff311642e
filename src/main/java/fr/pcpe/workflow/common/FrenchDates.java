package fr.pcpe.workflow.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people in France read them: 17/12/2026, never 2026-12-17. */
public final class FrenchDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private FrenchDates() {
  }

  /** The day as dd/mm/yyyy; empty when there is none. */
  public static String day(LocalDate date) {
    return date == null ? "" : date.format(DAY);
  }
}
