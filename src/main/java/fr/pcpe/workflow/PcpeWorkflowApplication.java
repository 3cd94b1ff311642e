package fr.pcpe.workflow;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PcpeWorkflowApplication {

  /** The PCPE's time zone: the engine reads its cron timers and dates in the JVM's default zone. */
  public static final String ZONE = "Europe/Paris";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
    SpringApplication.run(PcpeWorkflowApplication.class, args);
  }
}
