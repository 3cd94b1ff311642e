package fr.pcpe.workflow.system.engine;

import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.StartupLines;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go and how to log in. */
@Component
class StartupReport {

  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  private final PcpeProperties properties;
  private final Environment environment;
  private final List<StartupLines> features;

  StartupReport(PcpeProperties properties, Environment environment, List<StartupLines> features) {
    this.properties = properties;
    this.environment = environment;
    this.features = features;
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() {
    String url = properties.publicUrl();
    StringBuilder report = new StringBuilder()
        .append("\n\n  PCPE Workflow is running.")
        .append("\n  Tasklist: ").append(url).append("/camunda/app/tasklist/")
        .append("\n  Cockpit:  ").append(url).append("/camunda/app/cockpit/")
        .append("\n  Admin:    ").append(url).append("/camunda/app/admin/")
        .append("\n  Log in as '").append(properties.admin().user()).append("' with ")
        .append(properties.admin().hasPassword() ? "the password in PCPE_ADMIN_PASSWORD"
            : "the demo password")
        .append("\n  Emails: sent as ").append(environment.getProperty("pcpe.mail.from")).append(" through the SMTP server ")
        .append(environment.getProperty("spring.mail.host")).append(':').append(environment.getProperty("spring.mail.port"))
        .append(" (PCPE_SMTP_HOST, PCPE_SMTP_PORT); its state: ").append(url).append("/manage/health (mail),")
        .append(" mails given up after days: ").append(url).append("/courriels");
    features.forEach(feature -> feature.startupLines().forEach(line -> report.append("\n  ").append(line)));
    LOG.info(report.append('\n').toString());
  }
}
