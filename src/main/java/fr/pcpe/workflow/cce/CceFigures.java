package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.common.FrenchDates;
import static fr.pcpe.workflow.common.FigureTable.people;

import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.followup.FollowUpService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CCEs' impact figures, per CCE held in the period (in the commune, when one is asked): offers,
 * invitees, attendees, hired on the day and within three months (their follow-up ended in a job), and
 * how many attendees found a job.
 */
@Service
public class CceFigures {

  private final CceRepository cces;
  private final CceInvitationRepository invitations;
  private final FollowUpService followUps;
  private final Messages messages;

  CceFigures(CceRepository cces, CceInvitationRepository invitations, FollowUpService followUps, Messages messages) {
    this.cces = cces;
    this.invitations = invitations;
    this.followUps = followUps;
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  public FigureTable cces(Period period) {
    List<List<Object>> rows = new ArrayList<>();
    long[] totals = new long[5];
    for (CafeContactEmploi cce : cces.findAll().stream()
        .filter(cce -> period.contains(cce.getEventDate()) && period.inCommune(cce.getCity()))
        .sorted(Comparator.comparing(CafeContactEmploi::getEventDate)).toList()) {
      List<CceInvitation> invited = invitations.findByCceReferenceOrderById(cce.getReference());
      long attendees = invited.stream().filter(i -> Boolean.TRUE.equals(i.getAttended())).count();
      long hiredOnDay = invited.stream().filter(i -> i.getOutcome() == CceInvitation.Outcome.HIRED).count();
      long hiredSince = invited.stream().filter(i -> Boolean.TRUE.equals(i.getAttended()) && i.getFollowUpReference() != null)
          .filter(i -> followUps.find(i.getFollowUpReference()).endedInJob()).count();
      long[] figures = {cce.getOffers().size(), invited.size(), attendees, hiredOnDay, hiredSince};
      for (int i = 0; i < figures.length; i++) {
        totals[i] += figures[i];
      }
      rows.add(row(cce.getReference(), cce.getCity(), FrenchDates.day(cce.getEventDate()),
          figures));
    }
    rows.add(row(messages.say("impact.total"), "", "", totals));
    return new FigureTable("cces", messages.say("impact.cces"), messages.each("impact.col.cce", "impact.col.commune",
        "impact.col.date", "impact.col.offers", "impact.col.invitees", "impact.col.attendees", "impact.col.hiredOnDay",
        "impact.col.hiredWithin3Months", "impact.col.conversion"), rows, true);
  }

  private static List<Object> row(String reference, String city, String date, long[] figures) {
    return List.of(reference, city, date, figures[0], people(figures[1]), people(figures[2]), people(figures[3]),
        people(figures[4]), FigureTable.share(figures[3] + figures[4], figures[2]));
  }
}
