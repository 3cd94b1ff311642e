package fr.pcpe.workflow.referral;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long an employer may stay silent on a referral or a check ({@code pcpe.referral}, PCPE_REFERRAL_*): reminders,
 * then the coordinators, then expiry.
 */
@Validated
@ConfigurationProperties("pcpe.referral")
record ReferralSettings(@NotNull Duration firstReminder, @NotNull Duration secondReminder,
    @NotNull Duration coordinatorAlert, @NotNull Duration expiry) {
}
