package org.greenmine.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A single local Solr node for the embedded run and the tests: its home under a data folder, the
 * configset read straight from the repository's {@code solr/} folder, the core created by core
 * discovery when it is missing. Listens on 127.0.0.1 only.
 */
public final class LocalSolr implements AutoCloseable {
  public static final String CORE = "greenmine";

  private final JettySolrRunner jetty;

  private LocalSolr(JettySolrRunner jetty) {
    this.jetty = jetty;
  }

  /** Starts a node; port 0 picks a free one. */
  public static LocalSolr start(Path home, Path configset, int port) throws Exception {
    Path configsets = configset.toAbsolutePath().getParent();
    String configsetName = configset.getFileName().toString();
    Files.createDirectories(home.resolve(CORE));
    Files.writeString(
        home.resolve("solr.xml"),
        "<solr><str name=\"configSetBaseDir\">" + xml(configsets.toString()) + "</str></solr>\n");
    Path coreProperties = home.resolve(CORE).resolve("core.properties");
    if (!Files.exists(coreProperties)) {
      Files.writeString(coreProperties, "name=" + CORE + "\nconfigSet=" + configsetName + "\n");
    }
    if (System.getProperty("solr.log.dir") == null) {
      System.setProperty("solr.log.dir", home.resolve("logs").toString());
    }
    // no telemetry or update checks on a machine that may have no network
    System.setProperty("solr.install.dir", home.toString());
    JettySolrRunner jetty =
        new JettySolrRunner(
            home.toString(), JettyConfig.builder().setPort(port).setContext("/solr").build());
    jetty.start();
    return new LocalSolr(jetty);
  }

  /** The base URL clients use, such as {@code http://127.0.0.1:8983/solr}. */
  public String baseUrl() {
    return jetty.getBaseUrl().toString();
  }

  public int port() {
    return jetty.getLocalPort();
  }

  /** Stops the node but keeps its home, so {@link #startAgain} brings it back on the same port. */
  public void stop() throws Exception {
    jetty.stop();
  }

  public void startAgain() throws Exception {
    jetty.start(true);
  }

  @Override
  public void close() throws Exception {
    jetty.stop();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
