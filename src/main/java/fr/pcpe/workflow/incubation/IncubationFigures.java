package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.FigureTable;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.Period;
import fr.pcpe.workflow.incubation.IncubationEnums.Stage;
import fr.pcpe.workflow.incubation.IncubationEnums.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incubator's figures: the projects under way per stage today and their average days in it, and the
 * projects abandoned in the period with their reasons. Projects are not people: nothing is masked.
 */
@Service
public class IncubationFigures {

  private final ProjectRepository projects;
  private final Messages messages;
  private final Clock clock;

  IncubationFigures(ProjectRepository projects, Messages messages, Clock clock) {
    this.projects = projects;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public FigureTable stages() {
    List<IncubationProject> active = projects.findAll().stream().filter(p -> p.getStatus() == Status.ACTIVE).toList();
    List<List<Object>> rows = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      List<IncubationProject> inStage = active.stream().filter(p -> p.getStage() == stage).toList();
      rows.add(List.of(messages.say("incubation.stage." + stage), (long) inStage.size(), inStage.isEmpty() ? "—"
          : Math.round(inStage.stream().mapToLong(p -> Duration.between(p.getStageSince(), clock.instant()).toDays())
              .average().orElse(0))));
    }
    return new FigureTable("incubation", messages.say("impact.incubation"), messages.each("impact.col.stage",
        "impact.col.projects", "impact.col.daysInStage"), rows, false);
  }

  @Transactional(readOnly = true)
  public FigureTable abandoned(Period period) {
    List<List<Object>> rows = projects.findAll().stream()
        .filter(p -> p.getStatus() == Status.ABANDONED && period.contains(abandonedAt(p)))
        .sorted(Comparator.comparing(IncubationProject::getName))
        .map(p -> List.<Object>of(p.getName(), messages.say("incubation.stage." + p.getStage()),
            p.getAbandonReason() == null ? "—" : p.getAbandonReason()))
        .toList();
    return new FigureTable("abandoned", messages.say("impact.abandoned"), messages.each("impact.col.project",
        "impact.col.stage", "impact.col.reason"), new ArrayList<>(rows), false);
  }

  /** When the committee decided to abandon it (its last decision). */
  private static java.time.Instant abandonedAt(IncubationProject project) {
    return project.getHistory().stream().map(IncubationProject.StageEvent::getDecidedAt)
        .max(Comparator.naturalOrder()).orElse(project.getStageSince());
  }
}
