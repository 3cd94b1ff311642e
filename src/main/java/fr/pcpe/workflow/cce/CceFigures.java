package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.common.FrenchDates;
import static fr.pcpe.workflow.common.FigureTable.people;

import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.followup.FollowUpService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
  private final MessageSource messages;

  CceFigures(CceRepository cces, CceInvitationRepository invitations, FollowUpService followUps, MessageSource messages) {
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
    rows.add(row(messages.getMessage("impact.total", null, Locale.FRENCH), "", "", totals));
    return new FigureTable("cces", say("impact.cces"), List.of(say("impact.col.cce"), say("impact.col.commune"),
        say("impact.col.date"), say("impact.col.offers"), say("impact.col.invitees"), say("impact.col.attendees"),
        say("impact.col.hiredOnDay"), say("impact.col.hiredWithin3Months"), say("impact.col.conversion")), rows, true);
  }

  private static List<Object> row(String reference, String city, String date, long[] figures) {
    return List.of(reference, city, date, figures[0], people(figures[1]), people(figures[2]), people(figures[3]),
        people(figures[4]), FigureTable.share(figures[3] + figures[4], figures[2]));
  }

  private String say(String key) {
    return messages.getMessage(key, null, Locale.FRENCH);
  }
}
