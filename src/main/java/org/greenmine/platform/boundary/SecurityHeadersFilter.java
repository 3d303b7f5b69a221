package org.greenmine.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Safe defaults on every response. Faces pages get their Content-Security-Policy from PrimeFaces'
 * CSP mode ({@code primefaces.CSP_POLICY} in web.xml, with a fresh script nonce per request); the
 * error pages, the JSON API and the feeds, which never run script, get a policy that allows none.
 * Registered in web.xml so that it runs before every other filter, on requests and on error
 * dispatches.
 */
public class SecurityHeadersFilter extends HttpFilter {
  static final String SCRIPTLESS_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    String path = request.getServletPath();
    if (request.getDispatcherType() == DispatcherType.ERROR
        || path.startsWith("/error/")
        || path.startsWith("/api/")
        || path.startsWith("/feeds")) {
      response.setHeader("Content-Security-Policy", SCRIPTLESS_POLICY);
    }
    chain.doFilter(request, response);
  }
}
