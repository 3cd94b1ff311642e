package fr.pcpe.workflow.cce;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * A CCE's reminder to the invitees' referents before the day, its report after it, and whether invitees who did not
 * come are followed ({@code pcpe.cce}).
 */
@Validated
@ConfigurationProperties("pcpe.cce")
record CceSettings(@NotNull Duration reminderBefore, @NotNull Period reportAfter, boolean followUpNoShows) {
}
