package fr.pcpe.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * A test whose outcome cannot depend on the suite's database (it reads classes or files, or starts on an embedded
 * database of its own): it runs once, on the embedded default, and not again when the same suite runs on
 * PostgreSQL (SPRING_DATASOURCE_URL set), where it would only repeat itself.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+",
    disabledReason = "independent of the database: run on the embedded default only")
public @interface DatabaseIndependent {
}
