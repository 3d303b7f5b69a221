package org.greenmine.content.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable, readable detail URLs: {@code /standards/T-CMF-012-2025}, {@code /technologies/<slug>},
 * {@code /cases/<slug>}, {@code /news/<slug>}, {@code /selections/<campaign>} are served by the
 * kind's detail view.
 */
public class DetailUrlFilter extends HttpFilter {
  private static final Map<String, String> VIEWS =
      Map.of(
          "standards", "/standard.xhtml",
          "technologies", "/technology.xhtml",
          "cases", "/case.xhtml",
          "news", "/news-item.xhtml",
          "selections", "/selection.xhtml");
  private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String[] parts = path.split("/");
    // "", kind, slug
    if (parts.length == 3 && VIEWS.containsKey(parts[1])) {
      if (!SLUG.matcher(parts[2]).matches()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      String view =
          VIEWS.get(parts[1]) + "?slug=" + URLEncoder.encode(parts[2], StandardCharsets.UTF_8);
      request.getRequestDispatcher(view).forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
