package fr.pcpe.workflow.common;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * A configured duration as a form says it ("15 jours", "6 mois", "30 secondes" for a demonstration),
 * so that a form never promises a delay the configuration does not hold.
 */
@Component
public class DurationWords {

  private static final long DAYS_IN_MONTH = 30;

  private final Messages messages;

  DurationWords(Messages messages) {
    this.messages = messages;
  }

  public String of(Duration duration) {
    long days = duration.toDays();
    if (days >= 2 * DAYS_IN_MONTH) {
      return messages.say("duration.months", Math.round(days / 30.44));
    }
    if (days >= 1) {
      return messages.say("duration.days", days);
    }
    if (duration.toHours() >= 1) {
      return messages.say("duration.hours", duration.toHours());
    }
    if (duration.toMinutes() >= 1) {
      return messages.say("duration.minutes", duration.toMinutes());
    }
    return messages.say("duration.seconds", Math.max(1, duration.toSeconds()));
  }
}
