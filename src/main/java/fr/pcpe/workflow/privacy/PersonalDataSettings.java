package fr.pcpe.workflow.privacy;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long after the last contact a candidate with nothing open is anonymised, and whether a hire of the current year
 * holds an erasure ({@code pcpe.personal-data}, docs/adr/0008).
 */
@Validated
@ConfigurationProperties("pcpe.personal-data")
record PersonalDataSettings(@NotNull Period retention, boolean keepHiresOfTheYear) {
}
