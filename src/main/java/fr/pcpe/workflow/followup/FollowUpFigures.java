package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.common.FigureTable.people;

import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpEnums.Outcome;
import fr.pcpe.workflow.referral.ReferralFigures;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups' impact figures, from the follow-ups of the CCEs held in the period: how soon people
 * were met and offered something, how often a step was late, the alarms raised by candidates, how they
 * ended.
 */
@Service
public class FollowUpFigures {

  private final FollowUpRepository followUps;
  private final FollowUpEscalationRepository escalations;
  private final Messages messages;

  FollowUpFigures(FollowUpRepository followUps, FollowUpEscalationRepository escalations, Messages messages) {
    this.followUps = followUps;
    this.escalations = escalations;
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  public FigureTable followUps(Period period) {
    List<FollowUp> opened = followUps.findByEventDateBetween(period.from(), period.to()).stream()
        .filter(f -> period.inCommune(ReferralFigures.communeOf(f.getCandidate()))
            && period.inStructures(f.getCandidate().getStructure().getGroupId()))
        .toList();
    // read by the period, not by a list of the follow-ups' ids: PostgreSQL takes at most 65,535 parameters
    Set<Long> openedIds = opened.stream().map(FollowUp::getId).collect(Collectors.toSet());
    List<FollowUpEscalation> alerts = opened.isEmpty() ? List.of()
        : escalations.findByFollowUpEventDateBetween(period.from(), period.to()).stream()
            .filter(alert -> openedIds.contains(alert.getFollowUp().getId())).toList();
    long metSoon = opened.stream()
        .filter(f -> f.getMetAt() != null && ChronoUnit.DAYS.between(f.getEventDate(), f.getMetAt()) <= 15).count();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of(messages.say("impact.followUps.opened"), people(opened.size())));
    rows.add(List.of(messages.say("impact.followUps.metWithin15Days"), people(metSoon)));
    rows.add(List.of(messages.say("impact.followUps.metWithin15DaysShare"), FigureTable.share(metSoon, opened.size())));
    rows.add(List.of(messages.say("impact.followUps.daysToMeeting"), median(opened.stream()
        .filter(f -> f.getMetAt() != null)
        .map(f -> ChronoUnit.DAYS.between(f.getEventDate(), f.getMetAt())).toList())));
    rows.add(List.of(messages.say("impact.followUps.daysToProposal"), median(opened.stream()
        .filter(f -> f.getMetAt() != null && f.getProposedAt() != null)
        .map(f -> ChronoUnit.DAYS.between(f.getMetAt(), f.getProposedAt())).toList())));
    for (Level level : Level.values()) {
      rows.add(List.of(messages.say("impact.followUps.escalations." + level),
          people(alerts.stream().filter(alert -> alert.getLevel() == level && !alert.isRaisedByCandidate())
              .map(alert -> alert.getFollowUp().getId()).distinct().count())));
    }
    rows.add(List.of(messages.say("impact.followUps.candidateAlarms"),
        people(alerts.stream().filter(FollowUpEscalation::isRaisedByCandidate).map(alert -> alert.getFollowUp().getId())
            .distinct().count())));
    for (Outcome outcome : Outcome.values()) {
      rows.add(List.of(messages.say("impact.followUps.outcome." + outcome),
          people(opened.stream().filter(f -> f.getOutcome() == outcome).count())));
    }
    return new FigureTable("followUps", messages.say("impact.followUps"), messages.each("impact.col.figure",
        "impact.col.value"), rows, false);
  }

  /** The median of whole days, or a dash without any; a figure about people, masked with too few of them. */
  static Object median(List<Long> days) {
    if (days.isEmpty()) {
      return "—";
    }
    if (days.size() < FigureTable.THRESHOLD) {
      return FigureTable.MASKED;
    }
    List<Long> sorted = days.stream().sorted().toList();
    int middle = sorted.size() / 2;
    double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    return median == Math.rint(median) ? String.valueOf((long) median) : String.valueOf(median).replace('.', ',');
  }
}
