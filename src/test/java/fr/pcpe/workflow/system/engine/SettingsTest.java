package fr.pcpe.workflow.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pcpe.workflow.system.PcpeProperties;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The settings of application.yaml bound to each feature's records, as the application starts them: the defaults,
 * and a value that is not what it must be stopping the start with its name.
 */
class SettingsTest {

  @Configuration
  @ConfigurationPropertiesScan("fr.pcpe.workflow")
  @Import(Schedules.class)
  static class Settings {
  }

  private final ApplicationContextRunner application = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withUserConfiguration(Settings.class);

  @Test
  @DisplayName("sans variable d'environnement : les valeurs par défaut du README")
  void defaultsAreTheReadmes() {
    application.run(context -> {
      assertThat(context).hasNotFailed();
      PcpeProperties properties = context.getBean(PcpeProperties.class);
      assertThat(properties.coordinatorsEmail()).isEqualTo("coordination@pcpe93.example");
      assertThat(properties.links().candidateValidity()).isEqualTo(Duration.ofDays(30));
      assertThat(properties.links().unsubscribeValidity()).isEqualTo(Duration.ofDays(365));
      assertThat(context.getBean(Schedules.class).getDigest()).isEqualTo("0 0 8 ? * MON");
      assertThat(context.getBean(Schedules.class).getCceYear()).isEqualTo("0 0 8 1 * ?");
    });
  }

  @Test
  @DisplayName("une variable d'environnement remplace la valeur par défaut")
  void anEnvironmentVariableOverrides() {
    application.withPropertyValues("PCPE_DIRECTORY_REMINDER_CRON=0 0 9 ? * WED",
        "PCPE_COORDINATORS_EMAIL=equipe@pcpe.example")
        .run(context -> {
          assertThat(context.getBean(Schedules.class).getDirectory()).isEqualTo("0 0 9 ? * WED");
          assertThat(context.getBean(PcpeProperties.class).coordinatorsEmail()).isEqualTo("equipe@pcpe.example");
        });
  }

  @Test
  @DisplayName("une durée illisible arrête le démarrage en nommant le réglage")
  void aDurationThatIsNoneStopsTheStart() {
    application.withPropertyValues("PCPE_REFERRAL_EXPIRY=trente jours").run(context ->
        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("trente jours"));
    application.withPropertyValues("PCPE_REFERRAL_EXPIRY=trente jours").run(context ->
        assertThat(context.getStartupFailure()).hasStackTraceContaining("pcpe.referral.expiry"));
  }

  @Test
  @DisplayName("une adresse de la coordination qui n'en est pas une arrête le démarrage")
  void aCoordinatorsEmailThatIsNoneStopsTheStart() {
    application.withPropertyValues("PCPE_COORDINATORS_EMAIL=coordination").run(context ->
        assertThat(context.getStartupFailure()).hasStackTraceContaining("coordinatorsEmail"));
  }

  @Test
  @DisplayName("un cron invalide arrête le démarrage en disant quelle variable corriger et comment")
  void anInvalidCronStopsTheStart() {
    application.withPropertyValues("PCPE_DIGEST_CRON=tous les lundis").run(context ->
        assertThat(context).hasFailed().getFailure().rootCause().isInstanceOf(StartRefusedException.class)
            .hasMessageContaining("PCPE_DIGEST_CRON").hasMessageContaining("tous les lundis"));
  }
}
