package org.greenmine.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Counts failures of the portal's two outside dependencies for {@code /metrics}: the database and
 * the search engine. An alert on their rate tells operators which one is in trouble.
 */
@ApplicationScoped
public class FailureCounts {
  @Inject MetricRegistry registry;

  public void search() {
    counter("greenmine_search_errors", "Requests to the search engine that failed").inc();
  }

  public void database() {
    counter("greenmine_database_errors", "Requests that failed on a database error").inc();
  }

  /** Counts the failure if a database error is among its causes; true when it was one. */
  public boolean databaseCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException
          || t.getClass().getName().startsWith("org.eclipse.persistence.exceptions.Database")
          || t instanceof jakarta.persistence.PersistenceException
              && !(t instanceof jakarta.persistence.OptimisticLockException)) {
        database();
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private Counter counter(String name, String description) {
    return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
  }
}
