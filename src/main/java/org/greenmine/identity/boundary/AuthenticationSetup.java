package org.greenmine.identity.boundary;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.control.AccountIdentityStore;

/** Registers the portal's login ({@link PortalAuthentication}) for this application. */
@WebListener
public class AuthenticationSetup implements ServletContextListener {
  @Inject AccountIdentityStore passwords;
  @Inject AccountDirectory accounts;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    AuthConfigFactory.getFactory()
        .registerServerAuthModule(
            new PortalAuthentication(passwords, accounts::findByUsername),
            event.getServletContext());
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
  }
}
