package org.greenmine.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.greenmine.platform.control.PortalLanguage;

/**
 * A plain link {@code ?lang=en} switches the language: the choice goes into a long-lived cookie and
 * the browser is sent back to the same address without the parameter. No script is needed.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageSwitchFilter extends HttpFilter {
  public static final String COOKIE = "gm_lang";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String wanted = request.getParameter("lang");
    if (wanted != null && "GET".equals(request.getMethod())) {
      PortalLanguage.fromTag(wanted)
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
      response.sendRedirect(withoutLangParameter(request));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The language for this request: the remembered choice, else the browser's preference. */
  public static PortalLanguage languageOf(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    String remembered =
        cookies == null
            ? null
            : java.util.Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    return PortalLanguage.choose(remembered, java.util.Collections.list(request.getLocales()));
  }

  private static String withoutLangParameter(HttpServletRequest request) {
    StringBuilder target = new StringBuilder(request.getRequestURI());
    String query = request.getQueryString();
    if (query != null) {
      String rest =
          String.join(
              "&",
              java.util.Arrays.stream(query.split("&"))
                  .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("lang="))
                  .toList());
      if (!rest.isEmpty()) {
        target.append('?').append(rest);
      }
    }
    return target.toString();
  }
}
