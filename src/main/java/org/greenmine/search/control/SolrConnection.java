package org.greenmine.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the index lives, chosen by configuration only: one Solr node ({@code
 * greenmine.solr.mode=standalone}, {@code greenmine.solr.url}) or a SolrCloud cluster ({@code
 * greenmine.solr.mode=cloud}, {@code greenmine.solr.cloud.urls} — any live nodes). On a cluster the
 * collection is created on first start, from the configset that travels in the WAR.
 */
@ApplicationScoped
public class SolrConnection {
  private static final Logger LOG = Logger.getLogger(SolrConnection.class.getName());
  static final String CONFIGSET_RESOURCES = "org/greenmine/search/configset/";
  static final List<String> CONFIGSET_FILES =
      List.of(
          "solrconfig.xml",
          "managed-schema.xml",
          "thesaurus.txt",
          "stopwords_en.txt",
          "stopwords_zh.txt",
          "protwords.txt");

  @Inject
  @ConfigProperty(name = "greenmine.solr.mode", defaultValue = "standalone")
  String mode;

  @Inject
  @ConfigProperty(name = "greenmine.solr.url", defaultValue = "http://127.0.0.1:8983/solr")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "greenmine.solr.cloud.urls", defaultValue = "http://127.0.0.1:8983/solr")
  String cloudUrls;

  @Inject
  @ConfigProperty(name = "greenmine.solr.collection", defaultValue = "greenmine")
  String collection;

  @Inject
  @ConfigProperty(name = "greenmine.solr.cloud.shards", defaultValue = "2")
  int shards;

  @Inject
  @ConfigProperty(name = "greenmine.solr.cloud.replicas", defaultValue = "2")
  int replicas;

  private volatile boolean collectionReady;

  public SolrConnection() {}

  private SolrConnection(String mode, String urls, String collection, int shards, int replicas) {
    this.mode = mode;
    this.baseUrl = urls;
    this.cloudUrls = urls;
    this.collection = collection;
    this.shards = shards;
    this.replicas = replicas;
  }

  public static SolrConnection standalone(String baseUrl, String collection) {
    return new SolrConnection("standalone", baseUrl, collection, 1, 1);
  }

  public static SolrConnection cloud(
      List<String> nodeUrls, String collection, int shards, int replicas) {
    return new SolrConnection("cloud", String.join(",", nodeUrls), collection, shards, replicas);
  }

  public boolean isCloud() {
    return "cloud".equalsIgnoreCase(mode);
  }

  /** A client of this Solr as the portal makes it (the benchmark's raw side uses the same). */
  public SolrClient client() {
    if (!isCloud()) {
      HttpJdkSolrClient.Builder builder =
          new HttpJdkSolrClient.Builder(baseUrl)
              .withDefaultCollection(collection)
              .withConnectionTimeout(2, TimeUnit.SECONDS)
              .withIdleTimeout(10, TimeUnit.SECONDS)
              // HTTP/1.1: the JDK client's h2c upgrade of a POST can reach Solr without its body
              .useHttp1_1(true);
      // searches (GET) on the calling thread; updates on the JDK client
      return new BlockingGetSolrClient(baseUrl, builder);
    }
    List<String> urls =
        Arrays.stream(cloudUrls.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
    CloudHttp2SolrClient cloud =
        new CloudHttp2SolrClient.Builder(urls)
            .withDefaultCollection(collection)
            .withInternalClientBuilder(
                new Http2SolrClient.Builder()
                    .withConnectionTimeout(2, TimeUnit.SECONDS)
                    .withIdleTimeout(10, TimeUnit.SECONDS))
            .build();
    ensureReady(cloud);
    return cloud;
  }

  /**
   * Creates the collection when it is missing. The cluster may not be up when the portal starts, so
   * this is tried again before each use until it has once succeeded.
   */
  void ensureReady(SolrClient client) {
    if (!isCloud() || collectionReady) {
      return;
    }
    synchronized (this) {
      if (collectionReady) {
        return;
      }
      try {
        ensureCollection(client);
        collectionReady = true;
      } catch (SolrServerException | IOException | RuntimeException e) {
        LOG.warning(() -> "SolrCloud collection " + collection + " not checked: " + e);
      }
    }
  }

  /** Uploads the configset and creates the collection when the cluster has none of that name. */
  void ensureCollection(SolrClient cloud) throws SolrServerException, IOException {
    List<String> existing = CollectionAdminRequest.listCollections(cloud);
    if (existing.contains(collection)) {
      return;
    }
    String configName = collection + "-config";
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
    upload.setConfigSetName(configName);
    upload.setOverwrite(true);
    ContentStreamBase.ByteArrayStream zip =
        new ContentStreamBase.ByteArrayStream(zippedConfigset(), "configset.zip");
    zip.setContentType("application/zip");
    upload.setUploadStream(zip);
    upload.process(cloud);
    try {
      CollectionAdminRequest.createCollection(collection, configName, shards, replicas)
          .process(cloud);
    } catch (SolrServerException | IOException | RuntimeException e) {
      // another portal instance starting at the same time may have created it first
      if (!CollectionAdminRequest.listCollections(cloud).contains(collection)) {
        throw e;
      }
      return;
    }
    LOG.info(
        () ->
            "Created SolrCloud collection "
                + collection
                + " ("
                + shards
                + " shards x "
                + replicas
                + " replicas)");
  }

  static byte[] zippedConfigset() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : CONFIGSET_FILES) {
        try (InputStream in =
            SolrConnection.class.getClassLoader().getResourceAsStream(CONFIGSET_RESOURCES + file)) {
          if (in == null) {
            throw new IOException("configset file missing from the build: " + file);
          }
          zip.putNextEntry(new ZipEntry(file));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
    return bytes.toByteArray();
  }
}
