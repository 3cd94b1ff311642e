package fr.pcpe.reference;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's reference application: plain Camunda 7.24 (engine, webapps, REST) on Spring Boot, on the
 * same classpath and database server as the application but without what the application adds (JPA, Flyway,
 * mail, OpenAPI, its own beans and processes). Started in its own JVM by {@code fr.pcpe.workflow.bench.Benchmark}
 * to compare start-up time and memory, and, with authorization on, to run the reference's cases on plain Camunda;
 * configured by src/test/resources/bench-reference.yaml. In a package of its own, so that the application's tests
 * do not take it for their configuration.
 */
@SpringBootApplication(exclude = {HibernateJpaAutoConfiguration.class, FlywayAutoConfiguration.class,
    JpaRepositoriesAutoConfiguration.class, MailSenderAutoConfiguration.class})
public class ReferenceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReferenceApplication.class, args);
  }

  /**
   * The engine's REST API behind HTTP basic authentication, as Camunda's documentation secures it: without it every
   * request runs unauthenticated, and so without any authorization check.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
