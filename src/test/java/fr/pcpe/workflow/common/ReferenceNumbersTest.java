package fr.pcpe.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The reference sequences' migration on a database that already holds records, as a running network's does: on the
 * suite's database (PostgreSQL when SPRING_DATASOURCE_URL is set, in a schema of its own, else an embedded one of its
 * own), migrated by Flyway to the version before, given two drives, then migrated.
 */
class ReferenceNumbersTest {

  private static final String POSTGRES_URL = System.getenv("SPRING_DATASOURCE_URL");
  private static final String SCHEMA = "pcpe_reference_migration";

  private static final String URL = POSTGRES_URL == null ? "jdbc:h2:mem:reference-migration;DB_CLOSE_DELAY=-1" : POSTGRES_URL;
  private static final String USER = POSTGRES_URL == null ? "sa" : "postgres";

  /** The test's own connection (which also keeps the embedded database open between Flyway's). */
  private final SingleConnectionDataSource database = new SingleConnectionDataSource(URL, USER, "", true);
  private final JdbcTemplate jdbc = new JdbcTemplate(database);

  ReferenceNumbersTest() {
    if (POSTGRES_URL != null) {
      jdbc.execute("set search_path to " + SCHEMA);
    }
  }

  @AfterEach
  void dropTheDatabase() {
    jdbc.execute(POSTGRES_URL == null ? "drop all objects" : "drop schema if exists " + SCHEMA + " cascade");
    database.destroy();
  }

  @Test
  @DisplayName("les numéros continuent après les fiches existantes, et aucune fiche ne s'écrit sans le sien")
  void sequencesStartAfterTheRecordsThere() {
    flyway().target("23").load().migrate();
    for (String reference : new String[] {"DRV-2025-0001", "DRV-2026-0002"}) {
      jdbc.update("insert into recruitment_drive (reference, status, hires_count, version, created_at)"
          + " values (?, 'OPEN', 0, 0, current_timestamp)", reference);
    }

    flyway().javaMigrations(new ReferenceNumbers.SequencesMigration()).load().migrate();

    assertThat(jdbc.queryForObject("select nextval('recruitment_drive_seq')", Long.class)).isEqualTo(3);
    for (String table : ReferenceNumbers.TABLES.subList(1, ReferenceNumbers.TABLES.size())) {
      assertThat(jdbc.queryForObject("select nextval('" + table + "_seq')", Long.class)).as(table).isEqualTo(1);
    }
    assertThatThrownBy(() -> jdbc.update("insert into recruitment_drive (reference, status, hires_count, version,"
        + " created_at) values ('DRV-2026-0003', 'OPEN', 0, 0, current_timestamp)"))
        .as("without an id").isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("insert into recruitment_drive (id, status, hires_count, version,"
        + " created_at) values (3, 'OPEN', 0, 0, current_timestamp)"))
        .as("without a reference").isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  @DisplayName("une fiche reçoit son numéro et sa référence une seule fois, l'année de sa création à Paris")
  void aRecordIsNumberedOnce() {
    ReferencedEntity drive = new ReferencedEntity(Instant.parse("2026-12-31T23:30:00Z")) {
      @Override
      protected String idSequence() {
        return "unused_seq";
      }

      @Override
      protected String referenceFormat() {
        return "DRV-%d-%04d";
      }
    };
    drive.number(7, ZoneId.of("Europe/Paris"));

    assertThat(drive.getReference()).isEqualTo("DRV-2027-0007");
    assertThat(drive.isNew()).isTrue();
    assertThatThrownBy(() -> drive.number(8, ZoneId.of("Europe/Paris"))).isInstanceOf(IllegalStateException.class);
    assertThat(drive.getId()).isEqualTo(7);
  }

  private FluentConfiguration flyway() {
    FluentConfiguration configuration = Flyway.configure().dataSource(URL, USER, "")
        .locations("classpath:db/migration");
    return POSTGRES_URL == null ? configuration : configuration.schemas(SCHEMA);
  }
}
