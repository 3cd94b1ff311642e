package fr.pcpe.workflow.cce;

import static fr.pcpe.workflow.cce.CceProcess.Vars.ATTENDEES;
import static fr.pcpe.workflow.cce.CceProcess.Vars.HIRED;
import static fr.pcpe.workflow.cce.CceProcess.Vars.SHORTLISTED;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The bulk form of the day, as submitted: among the invitees (by invitation id), who was present, who
 * was hired on the spot, who was shortlisted by an employer. One form for forty people.
 */
record AttendanceSheet(Set<Long> attendees, Set<Long> hired, Set<Long> shortlisted) {

  record Row(Long invitationId, boolean attended, CceInvitation.Outcome outcome) {
  }

  static AttendanceSheet read(VariableScope scope) {
    return new AttendanceSheet(Set.copyOf(ATTENDEES.from(scope)), Set.copyOf(HIRED.from(scope)),
        Set.copyOf(SHORTLISTED.from(scope)));
  }

  /**
   * Hired and shortlisted people were present, nobody is both, and every id is an invitee's (an entry
   * that is not an id never is).
   */
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

}
