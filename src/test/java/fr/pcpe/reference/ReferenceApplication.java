package fr.pcpe.reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;

/**
 * The benchmark's reference application: plain Camunda 7.24 (engine, webapps, REST) on Spring Boot, on the
 * same classpath and database as the application but without what the application adds (JPA, Flyway,
 * mail, OpenAPI, its own beans and processes). Started in its own JVM by {@code fr.pcpe.workflow.bench.Benchmark}
 * to compare start-up time and memory; configured by src/test/resources/bench-reference.yaml. In a package of
 * its own, so that the application's tests do not take it for their configuration.
 */
@SpringBootApplication(exclude = {HibernateJpaAutoConfiguration.class, FlywayAutoConfiguration.class,
    JpaRepositoriesAutoConfiguration.class, MailSenderAutoConfiguration.class})
public class ReferenceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReferenceApplication.class, args);
  }
}
