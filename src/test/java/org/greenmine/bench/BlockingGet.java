package org.greenmine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark's calls to the portal: a GET over a blocking {@link HttpURLConnection} on the
 * calling thread, the answer read to the end, the connection kept alive by the JDK's cache. That is
 * how the portal reads Solr ({@code BlockingGetSolrClient}) and so how the raw side, which uses the
 * portal's own Solr client, reads it too: both sides of a comparison pay the same client costs. The
 * JDK's {@code HttpClient} would add its thread hand-offs (about 0.6–0.9 ms a call here) to the
 * portal's side only.
 */
final class BlockingGet {
  record Answer(int status, String body) {}

  private BlockingGet() {}

  static Answer get(String url, String acceptLanguage) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setConnectTimeout(2_000);
    connection.setReadTimeout(30_000);
    connection.setRequestProperty("Accept-Language", acceptLanguage);
    int status = connection.getResponseCode();
    InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    if (body == null) {
      return new Answer(status, "");
    }
    try (body) {
      return new Answer(status, new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
