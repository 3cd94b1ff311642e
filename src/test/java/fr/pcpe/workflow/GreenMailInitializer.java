package fr.pcpe.workflow;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A real SMTP server (GreenMail) on a free port for the shared test context; the application sends
 * to it, and tests read what arrived through the {@code greenMail} bean.
 */
public class GreenMailInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    greenMail.start();
    TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
        "spring.mail.host=127.0.0.1", "spring.mail.port=" + greenMail.getSmtp().getPort());
    context.getBeanFactory().registerSingleton("greenMail", greenMail);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        greenMail.stop();
      }
    });
  }
}
