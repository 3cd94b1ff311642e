package fr.pcpe.workflow.drive;

import org.springframework.stereotype.Component;

/**
 * How long a partner structure may stay silent on a mobilization request (PCPE_MOBILIZATION_*,
 * ISO-8601): a reminder, then "no answer" is recorded. Read by recruitment-drive.bpmn as
 * {@code ${mobilizationDeadlines.reminder()}}.
 */
@Component("mobilizationDeadlines")
public class MobilizationDeadlines {

  private final MobilizationSettings settings;

  MobilizationDeadlines(MobilizationSettings settings) {
    this.settings = settings;
  }

  public String reminder() {
    return settings.reminder().toString();
  }

  public String noAnswer() {
    return settings.noAnswer().toString();
  }
}
