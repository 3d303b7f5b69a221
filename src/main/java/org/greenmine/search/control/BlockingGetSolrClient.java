package org.greenmine.search.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.api.util.SolrVersion;
import org.apache.solr.client.solrj.ResponseParser;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * {@link HttpJdkSolrClient} for everything except GET requests (every search, suggestion and ping),
 * which go over a plain blocking {@link HttpURLConnection} on the calling thread.
 *
 * <p>The JDK's {@code HttpClient} passes every exchange between the calling thread, its selector
 * thread and an executor thread, and the response body between them again buffer by buffer.
 * Measured on 2 cores against the same node with the search benchmark's 62 queries, sequentially:
 * this path answered 0.6–0.9 ms sooner per query (paired median, of 6–8 ms), and the portal's
 * process spent about 0.9 ms less CPU per search (the selector and executor threads' share).
 * Connections are kept alive by the JDK's connection cache.
 *
 * <p>URL, parameters ({@code wt=javabin}), headers, time-outs (connect time-out; the request
 * time-out as read time-out) and the treatment of the answer (status, content type, Solr's error
 * body) are those of {@code HttpJdkSolrClient}; the answer goes through the same {@code
 * processErrorsAndResponse}, so a search sees the same results and the same exceptions. Updates
 * (POST with a streamed body) stay on the JDK client.
 */
final class BlockingGetSolrClient extends HttpJdkSolrClient {
  private static final long serialVersionUID = 1L;
  // the JDK client's own User-Agent
  private static final String USER_AGENT =
      "Solr[" + HttpJdkSolrClient.class.getName() + "] " + SolrVersion.LATEST_STRING;
  private static final Pattern MIME_TYPE = Pattern.compile("[^;]*");

  private final int connectTimeoutMillis;
  private final int readTimeoutMillis;

  BlockingGetSolrClient(String baseUrl, HttpJdkSolrClient.Builder builder) {
    super(baseUrl, builder);
    this.connectTimeoutMillis =
        (int) Math.min(Integer.MAX_VALUE, builder.getConnectionTimeoutMillis());
    this.readTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, requestTimeoutMillis);
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    if (request.getMethod() != SolrRequest.METHOD.GET) {
      return super.request(request, collection);
    }
    if (httpClient == null) {
      throw new IllegalStateException("This is closed and cannot be reused.");
    }
    if (ClientUtils.shouldApplyDefaultCollection(collection, request)) {
      collection = defaultCollection;
    }
    String url = getRequestUrl(request, collection);
    ResponseParser parser = responseParser(request);
    ModifiableSolrParams parameters = initializeSolrParams(request, parser);
    validateGetRequest(request);
    HttpURLConnection connection;
    try {
      connection =
          (HttpURLConnection) new URI(url + parameters.toQueryString()).toURL().openConnection();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new SolrServerException(e);
    }
    connection.setConnectTimeout(connectTimeoutMillis);
    connection.setReadTimeout(readTimeoutMillis);
    connection.setInstanceFollowRedirects(isFollowRedirects());
    connection.setUseCaches(false);
    connection.setRequestProperty("User-Agent", USER_AGENT);
    if (request.getBasicAuthUser() != null && request.getBasicAuthPassword() != null) {
      connection.setRequestProperty(
          "Authorization",
          basicAuthCredentialsToAuthorizationString(
              request.getBasicAuthUser(), request.getBasicAuthPassword()));
    } else if (basicAuthAuthorizationStr != null) {
      connection.setRequestProperty("Authorization", basicAuthAuthorizationStr);
    }
    Map<String, String> headers = request.getHeaders();
    if (headers != null) {
      headers.forEach(connection::setRequestProperty);
    }
    try {
      int status = connection.getResponseCode();
      InputStream body =
          status >= HttpURLConnection.HTTP_BAD_REQUEST
              ? connection.getErrorStream()
              : connection.getInputStream();
      String contentType = connection.getContentType() == null ? "" : connection.getContentType();
      Matcher mimeType = MIME_TYPE.matcher(contentType);
      return processErrorsAndResponse(
          status,
          String.valueOf(status),
          "GET",
          parser,
          new ReadToEnd(body == null ? InputStream.nullInputStream() : body),
          mimeType.find() ? mimeType.group() : null,
          contentTypeToEncoding(contentType),
          isV2ApiRequest(request),
          url);
    } catch (SocketTimeoutException e) {
      connection.disconnect();
      throw new SolrServerException(
          "Timeout occurred while waiting response from server at: " + url, e);
    }
  }

  /**
   * Reads what is left of the answer before closing it: only a connection whose answer was read to
   * the end goes back to the JDK's keep-alive cache.
   */
  private static final class ReadToEnd extends FilterInputStream {
    ReadToEnd(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      try {
        in.transferTo(OutputStream.nullOutputStream());
      } finally {
        in.close();
      }
    }
  }
}
