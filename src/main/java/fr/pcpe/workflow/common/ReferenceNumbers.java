package fr.pcpe.workflow.common;

import java.time.Clock;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Numbers new referenced records: an id from the record's sequence, then its reference from it, before the record is
 * written. Each record is then written once; with the database's own identity the id came back from the insert and the
 * reference took an update of the row that rewrote each of its indexes (the reference is unique). One sequence per
 * table, each step of 1: references follow each other as the records are made, without the gaps a cache would leave
 * at each restart.
 */
@Component
public class ReferenceNumbers {

  /** The tables of referenced records, whose sequence is {@code <table>_seq}. */
  static final List<String> TABLES = List.of("recruitment_drive", "referral", "follow_up", "reconnection_meeting",
      "cafe_contact_emploi", "incubation_project", "learning_visit");

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ReferenceNumbers(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The new record, with its id and its reference. */
  public <T extends ReferencedEntity> T number(T record) {
    Long id = jdbc.queryForObject("select nextval('" + record.idSequence() + "')", Long.class);
    record.number(id, clock.getZone());
    return record;
  }

  /**
   * Flyway's version 24, the same on H2 and PostgreSQL: each table's sequence, starting after the ids it holds; its id
   * no longer made by the database, and its reference required, so that nothing writes a record without one.
   */
  @Component
  static class SequencesMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
      return MigrationVersion.fromVersion("24");
    }

    @Override
    public String getDescription() {
      return "reference sequences";
    }

    @Override
    public Integer getChecksum() {
      return TABLES.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
      return true;
    }

    @Override
    public void migrate(Context context) {
      JdbcTemplate migration = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
      for (String table : TABLES) {
        Long next = migration.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
        migration.execute("create sequence " + table + "_seq start with " + next);
        migration.execute("alter table " + table + " alter column id drop identity");
        migration.execute("alter table " + table + " alter column reference set not null");
      }
    }
  }
}
