package fr.pcpe.workflow.drive;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long a partner structure may stay silent on a mobilization request ({@code pcpe.mobilization}): a reminder,
 * then "no answer".
 */
@Validated
@ConfigurationProperties("pcpe.mobilization")
record MobilizationSettings(@NotNull Duration reminder, @NotNull Duration noAnswer) {
}
