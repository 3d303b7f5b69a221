package org.greenmine.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The error pages (403, 404, 500, expired view) in the reader's language. A plain servlet, not a
 * Faces view, so that an error inside Faces (a broken view state, a CSP nonce check) cannot also
 * break the page that reports it. It never shows exception details.
 */
@WebServlet(urlPatterns = "/error/*")
public class ErrorPageServlet extends HttpServlet {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ErrorPageServlet.class.getName());
  private static final Set<String> KINDS = Set.of("403", "404", "500", "expired");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    String kind = KINDS.contains(path) ? path : "404";
    if ("403".equals(kind)) {
      // who was refused what: for operators, and to tell a missing role from a lost session
      LOG.info(
          () ->
              "Refused "
                  + request.getAttribute("jakarta.servlet.error.request_uri")
                  + " to "
                  + (request.getRemoteUser() == null
                      ? "an anonymous user"
                      : request.getRemoteUser())
                  + " (curator: "
                  + request.isUserInRole("CURATOR")
                  + ", admin: "
                  + request.isUserInRole("ADMIN")
                  + ", member: "
                  + request.isUserInRole("MEMBER")
                  + ")");
    }
    Locale locale = LanguageSwitchFilter.languageOf(request).locale();
    ResourceBundle texts = ResourceBundle.getBundle(PageMessages.BUNDLE, locale);
    if (request.getAttribute("jakarta.servlet.error.status_code") == null
        && !KINDS.contains(path)) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    String context = request.getContextPath();
    String html =
        """
        <!DOCTYPE html>
        <html lang="%s"><head><meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>%s · %s</title>
        <link rel="stylesheet" href="%s/jakarta.faces.resource/css/portal.css.xhtml"/></head>
        <body class="portal">
        <header class="portal-header"><div class="portal-bar">
        <a class="portal-brand" href="%s/"><span class="portal-brand-mark" aria-hidden="true">◆</span><span>%s</span></a>
        </div></header>
        <main class="portal-main"><section class="narrow error-page">
        <h1 id="errorHeading">%s</h1><p>%s</p><p><a href="%s/">%s</a></p>
        </section></main>
        <footer class="portal-footer"><p>%s</p></footer>
        </body></html>
        """
            .formatted(
                locale.getLanguage(),
                texts.getString("error." + kind + ".title"),
                texts.getString("portal.name"),
                context,
                context,
                texts.getString("portal.name"),
                texts.getString("error." + kind + ".title"),
                texts.getString("error." + kind + ".text"),
                context,
                texts.getString("error.home"),
                texts.getString("footer.purpose"));
    response.getWriter().write(html);
  }
}
