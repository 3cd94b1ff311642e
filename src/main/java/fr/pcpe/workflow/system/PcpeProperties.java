package fr.pcpe.workflow.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The application's own settings (prefix {@code pcpe}); see application.yaml and the README. */
@Validated
@ConfigurationProperties("pcpe")
public record PcpeProperties(@Valid @NotNull Admin admin, @Valid @NotNull @DefaultValue Demo demo,
    @NotBlank String publicUrl, @NotBlank @Email String coordinatorsEmail, @Valid @NotNull @DefaultValue Login login,
    @Valid @NotNull @DefaultValue Links links, @NotNull Map<String, Duration> taskDue, @Valid @NotNull Crons crons) {

  /** The first administrator: PCPE_ADMIN_USER and PCPE_ADMIN_PASSWORD. */
  public record Admin(@NotBlank String user, String password) {

    public boolean hasPassword() {
      return password != null && !password.isBlank();
    }
  }

  /**
   * Brute force (docs/adr/0005): failed logins of clients the application does not know, within the window,
   * from one address or at one account, before such logins are refused until the window has passed (per
   * node); a browser or API client that logged in as a user before keeps its own count, and the device
   * cookie that says so is valid this long.
   */
  public record Login(@DefaultValue("10") @Min(1) int clientMaxFailures,
      @DefaultValue("10") @Min(1) int accountMaxFailures, @DefaultValue("PT15M") @NotNull Duration clientWindow,
      @DefaultValue("P180D") @NotNull Duration deviceValidity) {
  }

  /**
   * Links sent by email: how long an employer's decision link, an invitation to choose a password, a candidate's
   * question and an hebdo's unsubscribe link stay valid, and how many failed uses one client (IP address) may
   * make within the window.
   */
  public record Links(@DefaultValue("P14D") @NotNull Duration employerValidity,
      @DefaultValue("P7D") @NotNull Duration invitationValidity,
      @DefaultValue("P30D") @NotNull Duration candidateValidity,
      @DefaultValue("P365D") @NotNull Duration unsubscribeValidity, @DefaultValue("10") @Min(1) int clientMaxFailures,
      @DefaultValue("PT15M") @NotNull Duration clientWindow) {
  }

  /** The processes started by the clock: Camunda crons, checked by {@code Schedules}. */
  public record Crons(@NotBlank String digest, @NotBlank String retention, @NotBlank String directory,
      @NotBlank String cceYear) {
  }

  /** The local demo profile: demo users (all with {@code password}) and demo data. */
  public record Demo(@DefaultValue("false") boolean enabled, String password) {
  }
}
