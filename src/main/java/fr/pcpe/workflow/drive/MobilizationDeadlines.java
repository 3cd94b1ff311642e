package fr.pcpe.workflow.drive;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a partner structure may stay silent on a mobilization request (PCPE_MOBILIZATION_*,
 * ISO-8601): a reminder, then "no answer" is recorded. Read by recruitment-drive.bpmn as
 * {@code ${mobilizationDeadlines.reminder()}}.
 */
@Component("mobilizationDeadlines")
public class MobilizationDeadlines {

  private final Duration reminder;
  private final Duration noAnswer;

  MobilizationDeadlines(@Value("${pcpe.deadlines.mobilization-reminder}") Duration reminder,
      @Value("${pcpe.deadlines.mobilization-no-answer}") Duration noAnswer) {
    this.reminder = reminder;
    this.noAnswer = noAnswer;
  }

  public String reminder() {
    return reminder.toString();
  }

  public String noAnswer() {
    return noAnswer.toString();
  }
}
