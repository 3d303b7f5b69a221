package org.greenmine.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Account;
import org.greenmine.identity.entity.Role;

/**
 * Form login through the portal's own login page. The session keeps only the account name; every
 * request re-establishes the caller with the roles the database holds now. Payara's own session
 * registration sometimes restored a caller without any roles (a logged-in curator then got 403),
 * and it kept an account's old roles until the next login; this does neither: a changed role or a
 * disabled account takes effect on the next request.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {
  static final String SESSION_CALLER = "org.greenmine.identity.caller";

  /** Where to go after logging in, when a protected page sent the visitor to the login page. */
  static final String AFTER_LOGIN = "org.greenmine.identity.afterLogin";

  @Inject IdentityStoreHandler identityStores;
  @Inject AccountDirectory accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        request
            .getSession(true)
            .setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
      }
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    String caller = session == null ? null : (String) session.getAttribute(SESSION_CALLER);
    Optional<Account> account =
        caller == null
            ? Optional.empty()
            : accounts.findByUsername(caller).filter(Account::isEnabled);
    if (account.isPresent()) {
      return context.notifyContainerAboutLogin(
          caller, account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
    if (caller != null) {
      session.removeAttribute(SESSION_CALLER);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession(true)
          .setAttribute(AFTER_LOGIN, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    return context.redirect(request.getContextPath() + "/login");
  }

  /** The page to return to after login: a path of this portal, never another site. */
  public static String afterLogin(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object target = session == null ? null : session.getAttribute(AFTER_LOGIN);
    if (session != null) {
      session.removeAttribute(AFTER_LOGIN);
    }
    String path = target instanceof String s ? s : null;
    boolean local =
        path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\");
    return local ? path : request.getContextPath() + "/";
  }
}
