package org.greenmine.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's datasource. The URL comes from the system property {@code greenmine.db.url}
 * (Payara resolves {@code ${...}} at deployment), set by the launcher, the test harness or the
 * container image; MicroProfile Config values from inside the WAR are not visible this early.
 */
@DataSourceDefinition(
    name = DatabaseSetup.JNDI_NAME,
    className = "org.h2.jdbcx.JdbcDataSource",
    url = "${greenmine.db.url}",
    user = "sa",
    password = "",
    minPoolSize = 1,
    maxPoolSize = 20)
public final class DatabaseSetup {
  public static final String JNDI_NAME = "java:app/jdbc/greenmine";

  private DatabaseSetup() {}
}
