package org.greenmine.feeds.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.greenmine.feeds.control.FeedCatalog;
import org.greenmine.feeds.entity.Feed;
import org.greenmine.feeds.entity.FeedKind;
import org.greenmine.platform.boundary.LanguageSwitchFilter;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.PortalLanguage;

/**
 * Serves {@code /feeds/<name>.atom}: {@code ?lang=zh|en} chooses the language, else the reader's
 * remembered choice or browser languages do, as on the pages. Links are absolute, built from the
 * address the request came to. Readers revalidate with the entity tag or the date and get 304 while
 * nothing has changed.
 */
@WebServlet(urlPatterns = "/feeds/*")
public class FeedServlet extends HttpServlet {
  /** How long a reader or a proxy may keep a feed before asking again. */
  static final String CACHE_CONTROL = "public, max-age=300";

  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]|[0-9A-Fa-f:.]{2,45}");

  @Inject FeedCatalog catalog;
  @Inject PortalClock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<FeedKind> kind = FeedKind.ofFileName(name);
    if (kind.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String host = request.getServerName();
    if (host == null || !HOST.matcher(host).matches()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Optional<PortalLanguage> asked = PortalLanguage.fromTag(request.getParameter("lang"));
    PortalLanguage language = asked.orElseGet(() -> LanguageSwitchFilter.languageOf(request));
    Feed feed = catalog.feed(kind.get(), language);
    String baseUrl = baseUrl(request, host);

    String entityTag = Revalidation.entityTag(feed.fingerprint(baseUrl));
    response.setHeader("ETag", entityTag);
    feed.newest()
        .ifPresent(t -> response.setDateHeader("Last-Modified", t.toEpochMilli() / 1000 * 1000));
    response.setHeader("Cache-Control", CACHE_CONTROL);
    if (asked.isEmpty()) {
      response.setHeader("Vary", "Accept-Language, Cookie");
    }
    if (Revalidation.notModified(
        request.getHeader("If-None-Match"), ifModifiedSince(request), entityTag, feed.newest())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }

    ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    try {
      AtomWriter.write(feed, baseUrl, clock.now(), body);
    } catch (XMLStreamException e) {
      throw new IOException("feed " + name + " could not be written", e);
    }
    response.setContentType(AtomWriter.MEDIA_TYPE + "; charset=UTF-8");
    response.setContentLength(body.size());
    body.writeTo(response.getOutputStream());
  }

  private static long ifModifiedSince(HttpServletRequest request) {
    try {
      return request.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException unreadableDate) {
      return -1;
    }
  }

  private static String baseUrl(HttpServletRequest request, String host) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        port <= 0
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return scheme + "://" + hostPart + (defaultPort ? "" : ":" + port) + request.getContextPath();
  }
}
