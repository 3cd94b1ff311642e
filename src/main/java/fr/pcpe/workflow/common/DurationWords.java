package fr.pcpe.workflow.common;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A configured duration as a form says it ("15 jours", "6 mois", "30 secondes" for a demonstration),
 * so that a form never promises a delay the configuration does not hold.
 */
@Component
public class DurationWords {

  private static final long DAYS_IN_MONTH = 30;

  private final MessageSource messages;

  DurationWords(MessageSource messages) {
    this.messages = messages;
  }

  public String of(Duration duration) {
    long days = duration.toDays();
    if (days >= 2 * DAYS_IN_MONTH) {
      return say("duration.months", Math.round(days / 30.44));
    }
    if (days >= 1) {
      return say("duration.days", days);
    }
    if (duration.toHours() >= 1) {
      return say("duration.hours", duration.toHours());
    }
    if (duration.toMinutes() >= 1) {
      return say("duration.minutes", duration.toMinutes());
    }
    return say("duration.seconds", Math.max(1, duration.toSeconds()));
  }

  private String say(String key, long amount) {
    return messages.getMessage(key, new Object[] {amount}, Locale.FRENCH);
  }
}
