package org.greenmine.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.greenmine.launcher.LocalSolr;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Before Arquillian starts Payara, starts a real Solr node on a free port with the repository's
 * configset and hands its URL (and the test data and content folders) to every container's JVM.
 */
public class LocalSolrLifecycle {
  private static LocalSolr solr;

  @Inject Instance<ContainerRegistry> registry;

  public void startSolr(@Observes(precedence = 100) BeforeSuite event) throws Exception {
    Path target = Path.of("target").toAbsolutePath();
    Path solrHome = Files.createTempDirectory(target, "it-solr-");
    solr = LocalSolr.start(solrHome, Path.of("solr", "greenmine").toAbsolutePath(), 0);
    Path data = Files.createDirectories(target.resolve("it-data"));
    String options =
        " -Dgreenmine.solr.url="
            + solr.baseUrl()
            + " -Dgreenmine.data.dir="
            + data
            + " -Dgreenmine.content.dir="
            + Path.of("content").toAbsolutePath()
            + " -Dgreenmine.admin.password="
            + TestSettings.ADMIN_PASSWORD;
    for (Container container : registry.get().getContainers()) {
      var definition = container.getContainerConfiguration();
      String existing = definition.getContainerProperties().getOrDefault("cmdOptions", "");
      definition.property("cmdOptions", existing + options);
    }
  }

  public void stopSolr(@Observes(precedence = -100) AfterSuite event) throws Exception {
    if (solr != null) {
      solr.close();
    }
  }

  /** An outage for tests that show the portal copes: the node stops, its data stays. */
  public static void takeSolrDown() throws Exception {
    solr.stop();
  }

  public static void bringSolrBack() throws Exception {
    solr.startAgain();
  }

  /** The running test Solr, for client-side tests that talk to it directly. */
  public static String solrUrl() {
    return solr.baseUrl();
  }
}
