package fr.pcpe.workflow.visit;

import static fr.pcpe.workflow.common.FigureTable.people;

import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The learning visits held in a period: each with its invitees, those who said they would come, those who came. */
@Service
public class VisitFigures {

  private final LearningVisitRepository visits;
  private final VisitInvitationRepository invitations;
  private final Messages messages;

  VisitFigures(LearningVisitRepository visits, VisitInvitationRepository invitations, Messages messages) {
    this.visits = visits;
    this.invitations = invitations;
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  public FigureTable visits(Period period) {
    List<List<Object>> rows = new ArrayList<>();
    long invited = 0;
    long coming = 0;
    long came = 0;
    for (LearningVisit visit : visits.findByDayBetweenOrderByDay(period.from(), period.to())) {
      if (!visit.isHeld()) {
        continue;
      }
      List<VisitInvitation> all = invitations.findByVisitIdOrderByName(visit.getId());
      long yes = all.stream().filter(invitation -> invitation.getReply() == VisitInvitation.Reply.YES).count();
      long attended = all.stream().filter(invitation -> Boolean.TRUE.equals(invitation.getAttended())).count();
      rows.add(List.of(FrenchDates.day(visit.getDay()), visit.getTheme(), visit.getHost(), people(all.size()), people(yes),
          people(attended)));
      invited += all.size();
      coming += yes;
      came += attended;
    }
    String total = messages.say("impact.total") + " (" + rows.size() + " " + messages.say("impact.visits.count") + ")";
    rows.add(List.of(total, "", "", people(invited), people(coming), people(came)));
    return new FigureTable("learningVisits", messages.say("impact.visits"), messages.each("impact.col.date",
        "impact.col.theme", "impact.col.host", "impact.col.invited", "impact.col.coming", "impact.col.came"),
        rows, true);
  }
}
