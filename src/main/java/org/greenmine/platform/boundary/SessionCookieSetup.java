package org.greenmine.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import org.greenmine.platform.control.PortalSettings;

/**
 * Session cookies are HttpOnly always, Secure when the portal is served over HTTPS ({@code
 * greenmine.cookie.secure=true}), and never carried in URLs. SameSite=Lax is set in {@code
 * glassfish-web.xml}: Payara 6 ignores it when given through the Servlet API.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {
  @Inject PortalSettings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var context = event.getServletContext();
    context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    SessionCookieConfig cookie = context.getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(settings.secureCookies());
  }
}
