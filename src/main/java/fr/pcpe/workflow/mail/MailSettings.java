package fr.pcpe.workflow.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox's settings ({@code pcpe.mail}): the sender, and how a mail the SMTP server did not take is tried
 * again: after {@code firstRetry}, then twice as long each time up to {@code maxRetryDelay}, until
 * {@code giveUpAfter} has passed since it was queued (or sent again by the coordination).
 */
@Validated
@ConfigurationProperties("pcpe.mail")
record MailSettings(@NotBlank String from, boolean dispatchEnabled, @NotNull Duration firstRetry,
    @NotNull Duration maxRetryDelay, @NotNull Duration giveUpAfter) {

  /** When a mail that failed {@code attempts} times is tried again; null once it is given up. */
  Instant nextAttempt(Instant now, Instant retrySince, int attempts) {
    if (!now.isBefore(retrySince.plus(giveUpAfter))) {
      return null;
    }
    Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
    return now.plus(delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay);
  }
}
