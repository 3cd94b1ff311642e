package fr.pcpe.workflow.incubation;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * An incubated project's check-in with its lead during a stage, and when a stage that lasts alerts the coordinators
 * ({@code pcpe.incubation}).
 */
@Validated
@ConfigurationProperties("pcpe.incubation")
record IncubationSettings(@NotNull Duration checkInEvery, @NotNull Duration stalledAfter) {
}
