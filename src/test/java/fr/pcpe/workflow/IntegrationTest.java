package fr.pcpe.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context of the integration tests (every class using it shares it): the whole
 * application on a random port, on H2 or, when SPRING_DATASOURCE_URL says so, on PostgreSQL, sending
 * its emails to GreenMail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GreenMailInitializer.class)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
