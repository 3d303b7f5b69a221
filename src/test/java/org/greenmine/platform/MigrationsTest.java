package org.greenmine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The same migrations run unchanged on H2 (the embedded default) and on a real PostgreSQL. */
class MigrationsTest {

  @Test
  void migrationsRunOnH2() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    migrateAndCheck(h2);
  }

  @Test
  void migrationsRunOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      migrateAndCheck(postgres.getPostgresDatabase());
    }
  }

  private static void migrateAndCheck(DataSource dataSource) throws SQLException {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
    try (Connection c = dataSource.getConnection();
        ResultSet provinces =
            c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM region WHERE region_level = 'PROVINCE'");
        ResultSet next = c.createStatement().executeQuery("SELECT nextval('account_seq')")) {
      provinces.next();
      assertThat(provinces.getInt(1)).isEqualTo(34);
      next.next();
      assertThat(next.getLong(1)).isEqualTo(1);
    }
  }
}
