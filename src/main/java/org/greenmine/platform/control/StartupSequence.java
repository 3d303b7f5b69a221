package org.greenmine.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.greenmine.content.control.ContentImporter;
import org.greenmine.identity.control.AdministratorBootstrap;
import org.greenmine.search.control.IndexWorker;

/**
 * Runs once when the portal starts, in this order: migrate the schema, create the first
 * administrator if there is none, load the seed content, start the search index worker and check
 * the index against the database. Each step is idempotent.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {
  private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

  @Resource(lookup = DatabaseSetup.JNDI_NAME)
  DataSource dataSource;

  @Inject AdministratorBootstrap administratorBootstrap;
  @Inject ContentImporter contentImporter;
  @Inject IndexWorker indexWorker;

  @PostConstruct
  void start() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(() -> "Database schema at version " + result.targetSchemaVersion);
    administratorBootstrap.ensureAdministrator();
    var report = contentImporter.importAll();
    LOG.info(() -> "Seed content: " + report);
    indexWorker.start(true);
  }
}
