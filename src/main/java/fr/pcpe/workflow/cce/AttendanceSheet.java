package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.common.FormValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The bulk form of the day, as submitted: among the invitees (by invitation id), who was present, who
 * was hired on the spot, who was shortlisted by an employer. One form for forty people.
 */
record AttendanceSheet(Set<Long> attendees, Set<Long> hired, Set<Long> shortlisted) {

  record Row(Long invitationId, boolean attended, CceInvitation.Outcome outcome) {
  }

  static AttendanceSheet read(Object attendees, Object hired, Object shortlisted) {
    return new AttendanceSheet(ids(attendees), ids(hired), ids(shortlisted));
  }

  /** Hired and shortlisted people were present, nobody is both, and every id is an invitee's. */
  boolean isConsistentWith(Collection<Long> invitations) {
    Set<Long> both = new HashSet<>(hired);
    both.retainAll(shortlisted);
    return invitations.containsAll(attendees) && attendees.containsAll(hired) && attendees.containsAll(shortlisted)
        && both.isEmpty();
  }

  /** One row per invitee. */
  List<Row> rows(Collection<Long> invitations) {
    List<Row> rows = new ArrayList<>();
    for (Long id : invitations) {
      CceInvitation.Outcome outcome = hired.contains(id) ? CceInvitation.Outcome.HIRED
          : shortlisted.contains(id) ? CceInvitation.Outcome.SHORTLISTED : CceInvitation.Outcome.NOTHING_YET;
      rows.add(new Row(id, attendees.contains(id), outcome));
    }
    return rows;
  }

  private static Set<Long> ids(Object value) {
    Set<Long> ids = new HashSet<>();
    FormValues.list(value).stream().map(FormValues::integer).filter(Objects::nonNull)
        .forEach(id -> ids.add(id.longValue()));
    if (ids.size() != FormValues.list(value).size()) {
      ids.add(-1L); // an unreadable id: never an invitee's, so the sheet is refused
    }
    return ids;
  }
}
