package fr.pcpe.workflow.followup;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * A follow-up's deadlines ({@code pcpe.follow-up}, PCPE_FOLLOW_UP_*), counted from each step's start: when the
 * referent is reminded, the structure's head alerted, then the coordinators; the monthly check-in, the longest a
 * follow-up lasts, and when the candidate is asked whether their referent called.
 */
@Validated
@ConfigurationProperties("pcpe.follow-up")
record FollowUpSettings(@NotNull Duration meetReminder, @NotNull Duration meetHead, @NotNull Duration meetCoordinators,
    @NotNull Duration proposalReminder, @NotNull Duration proposalHead, @NotNull Duration proposalCoordinators,
    @NotNull Duration checkInInterval, @NotNull Duration checkInReminder, @NotNull Duration checkInHead,
    @NotNull Duration checkInCoordinators, @NotNull Duration maxDuration, @NotNull Duration askCandidateAfter) {
}
