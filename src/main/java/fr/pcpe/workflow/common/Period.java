package fr.pcpe.workflow.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What impact figures count: the days from {@code from} to {@code to} (both included) and, when
 * {@code commune} is given, the people of that commune only (a candidate's own, else their structure's)
 * and the CCEs held there.
 */
public record Period(LocalDate from, LocalDate to, String commune, ZoneId zone) {

  /** The period's first instant (its first day's midnight). */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The instant just after the period (the day after its last, at midnight). */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  public boolean contains(Instant at) {
    return at != null && contains(LocalDate.ofInstant(at, zone));
  }

  /** Whether a place is in the period's commune (any place, without one). */
  public boolean inCommune(String town) {
    return commune == null || commune.isBlank() || town != null && town.strip().equalsIgnoreCase(commune.strip());
  }
}
