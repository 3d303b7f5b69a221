package org.greenmine.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.greenmine.platform.control.PortalLanguage;

/**
 * A plain link {@code ?lang=en} switches the language: the choice goes into a long-lived cookie and
 * the browser is sent back to the same page of this portal without the parameter. No script is
 * needed. Feeds are the exception: a feed reader subscribes to the address with its {@code lang},
 * so the feed reads the parameter itself and nothing is remembered.
 */
public class LanguageSwitchFilter extends HttpFilter {
  public static final String COOKIE = "gm_lang";
  private static final String PARAMETER = "lang";
  private static final String FEEDS = "/feeds/";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    if (query == null
        || !"GET".equals(request.getMethod())
        || !hasLanguageParameter(query)
        || isFeed(request)) {
      chain.doFilter(request, response);
      return;
    }
    PortalLanguage.fromTag(request.getParameter(PARAMETER))
        .ifPresent(
            language -> {
              Cookie cookie = new Cookie(COOKIE, language.tag());
              cookie.setPath("/");
              cookie.setMaxAge(ONE_YEAR);
              cookie.setHttpOnly(true);
              cookie.setSecure(request.isSecure());
              cookie.setAttribute("SameSite", "Lax");
              response.addCookie(cookie);
            });
    response.sendRedirect(samePageWithout(request, query));
  }

  /** The language for this request: the remembered choice, else the browser's preference. */
  public static PortalLanguage languageOf(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    String remembered =
        cookies == null
            ? null
            : Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    return PortalLanguage.choose(remembered, Collections.list(request.getLocales()));
  }

  private static boolean isFeed(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(FEEDS);
  }

  private static boolean hasLanguageParameter(String query) {
    return Arrays.stream(query.split("&")).anyMatch(LanguageSwitchFilter::isLanguagePart);
  }

  private static boolean isLanguagePart(String part) {
    String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
    return PARAMETER.equals(URLDecoder.decode(name, StandardCharsets.UTF_8));
  }

  /**
   * The target is rebuilt from the decoded path parts of this application, never from the raw
   * request line, so it always stays on this portal ({@code //evil.example} cannot become a host).
   */
  private static String samePageWithout(HttpServletRequest request, String query) {
    String path =
        request.getContextPath()
            + request.getServletPath()
            + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
      path = request.getContextPath() + "/";
    }
    List<String> rest =
        Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !isLanguagePart(p)).toList();
    return rest.isEmpty() ? path : path + "?" + String.join("&", rest);
  }
}
