package org.greenmine.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class PortalDataSourceTest {
  private static PortalDataSource configured(Map<String, String> settings) {
    return new PortalDataSource(settings::get);
  }

  @Test
  void anH2UrlGivesH2WithItsUsualAccountUnlessOneIsSet() throws Exception {
    PortalDataSource source =
        configured(Map.of(PortalDataSource.URL, "jdbc:h2:mem:pds;DB_CLOSE_DELAY=-1"));
    assertEquals(PortalDataSource.Kind.H2, source.kind());
    JdbcDataSource h2 = assertInstanceOf(JdbcDataSource.class, source.create());
    assertEquals("sa", h2.getUser());
    try (Connection connection = source.getConnection()) {
      assertTrue(connection.getMetaData().getDatabaseProductName().contains("H2"));
      assertEquals("SA", connection.getMetaData().getUserName());
    }
  }

  @Test
  void aPostgresUrlGivesPostgresWithTheConfiguredAccount() {
    PortalDataSource source =
        configured(
            Map.of(
                PortalDataSource.URL, "jdbc:postgresql://db.example:5433/greenmine",
                PortalDataSource.USER, "portal",
                PortalDataSource.PASSWORD, "secret"));
    assertEquals(PortalDataSource.Kind.POSTGRESQL, source.kind());
    PGSimpleDataSource postgres = assertInstanceOf(PGSimpleDataSource.class, source.create());
    assertEquals("portal", postgres.getUser());
    assertEquals("db.example", postgres.getServerNames()[0]);
    assertEquals(5433, postgres.getPortNumbers()[0]);
    assertEquals("greenmine", postgres.getDatabaseName());
  }

  @Test
  void aMissingOrForeignUrlIsRefusedWithTheSettingToFix() {
    var missing = assertThrows(IllegalStateException.class, () -> configured(Map.of()).create());
    assertTrue(missing.getMessage().contains("greenmine.db.url"), missing.getMessage());
    var foreign =
        assertThrows(
            IllegalStateException.class,
            () -> configured(Map.of(PortalDataSource.URL, "jdbc:mysql://x/y")).create());
    assertTrue(foreign.getMessage().contains("jdbc:postgresql:"), foreign.getMessage());
  }

  @Test
  void environmentNamesFollowMicroProfileConfig() {
    // the system property wins over the environment, as in MicroProfile Config
    System.setProperty("greenmine.test.pds-key", "from-property");
    try {
      assertEquals("from-property", PortalDataSource.systemOrEnvironment("greenmine.test.pds-key"));
    } finally {
      System.clearProperty("greenmine.test.pds-key");
    }
    String path = System.getenv("PATH");
    assertEquals(path, PortalDataSource.systemOrEnvironment("path"));
  }
}
