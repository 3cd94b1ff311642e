package fr.pcpe.workflow.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * What impact figures count: the days from {@code from} to {@code to} (both included) and, when
 * {@code commune} is given, the people of that commune only (a candidate's own, else their structure's)
 * and the CCEs held there; when {@code structures} is given (a structure's own figures), the people those
 * partner structures accompany only (their groups).
 */
public record Period(LocalDate from, LocalDate to, String commune, ZoneId zone, Set<String> structures) {

  public Period(LocalDate from, LocalDate to, String commune, ZoneId zone) {
    this(from, to, commune, zone, null);
  }

  /** The same period, counting only the people these structures (their groups) accompany. */
  public Period of(Set<String> structureGroups) {
    return new Period(from, to, commune, zone, Set.copyOf(structureGroups));
  }

  /** Whether the figures are a structure's own rather than the whole network's. */
  public boolean restricted() {
    return structures != null;
  }

  /** Whether a structure (its group) is one whose people the period counts (any, unrestricted). */
  public boolean inStructures(String structureGroupId) {
    return structures == null || structures.contains(structureGroupId);
  }

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
