package org.greenmine.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
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
import org.greenmine.jobs.control.ClusterJobs;
import org.greenmine.notify.control.MailWorker;
import org.greenmine.search.control.IndexWorker;
import org.greenmine.selection.control.CampaignSeed;

/**
 * Runs once when the portal starts, in this order: migrate the schema, create the first
 * administrator if there is none, load the seed content, start the search index worker and check
 * the index against the database. Each step is idempotent.
 */
@DataSourceDefinition(
    name = DatabaseSetup.JNDI_NAME,
    // H2 or PostgreSQL by configuration (greenmine.db.url, .user, .password): see PortalDataSource
    className = "org.greenmine.platform.control.PortalDataSource",
    minPoolSize = 1,
    // room above Payara's request threads: a request waiting for a row lock holds its connection,
    // and the transaction holding the lock must still get one (seen with twenty ballots at once)
    maxPoolSize = 60)
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
  @Inject CampaignSeed campaignSeed;
  @Inject ClusterJobs clusterJobs;
  @Inject MailWorker mailWorker;

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
    int campaigns = campaignSeed.importAll();
    LOG.info(() -> "Seed campaigns added: " + campaigns);
    indexWorker.start(true);
    mailWorker.start();
    clusterJobs.start();
  }
}
