package org.greenmine.identity.boundary;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.greenmine.identity.entity.Account;
import org.greenmine.identity.entity.Role;

/**
 * Form login through the portal's own login page. The session keeps only the account name; every
 * request re-establishes the caller with the roles the database holds now. Payara's own session
 * registration sometimes restored a caller without any roles (a logged-in curator then got 403),
 * and it kept an account's old roles until the next login; this does neither: a changed role or a
 * disabled account takes effect on the next request.
 *
 * <p>A Jakarta Authentication module registered for this application ({@link AuthenticationSetup}),
 * not a Jakarta Security {@code HttpAuthenticationMechanism}: Payara's bridge to such a mechanism
 * looks the CDI bean manager up in JNDI twice on every request, each time after a first lookup that
 * fails and builds an exception. Profiled on the search API, that was a sixth of the request
 * thread's time; this module does only the work described above.
 */
public final class PortalAuthentication implements ServerAuthModule {
  static final String SESSION_CALLER = "org.greenmine.identity.caller";

  /** Where to go after logging in, when a protected page sent the visitor to the login page. */
  static final String AFTER_LOGIN = "org.greenmine.identity.afterLogin";

  /** The request attribute through which the login page hands its credential to this module. */
  static final String LOGIN_ATTEMPT = "org.greenmine.identity.loginAttempt";

  /** Set by the container when the requested resource has a security constraint. */
  private static final String PROTECTED = "jakarta.security.auth.message.MessagePolicy.isMandatory";

  private final IdentityStore passwords;
  private final Function<String, Optional<Account>> accounts;
  private CallbackHandler container;

  /**
   * @param passwords checks a login's user name and password
   * @param accounts the account of a user name, as the database holds it now
   */
  PortalAuthentication(IdentityStore passwords, Function<String, Optional<Account>> accounts) {
    this.passwords = passwords;
    this.accounts = accounts;
  }

  @Override
  public void initialize(
      MessagePolicy requestPolicy,
      MessagePolicy responsePolicy,
      CallbackHandler handler,
      @SuppressWarnings("rawtypes") Map options) {
    this.container = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
  }

  @Override
  public AuthStatus validateRequest(MessageInfo message, Subject caller, Subject service)
      throws AuthException {
    HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
    HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
    if (request.getAttribute(LOGIN_ATTEMPT) instanceof UsernamePasswordCredential credential) {
      request.removeAttribute(LOGIN_ATTEMPT);
      CredentialValidationResult result = passwords.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthStatus.SEND_FAILURE;
      }
      String name = result.getCallerPrincipal().getName();
      request.getSession(true).setAttribute(SESSION_CALLER, name);
      return loggedIn(caller, name, result.getCallerGroups());
    }
    HttpSession session = request.getSession(false);
    String name = session == null ? null : (String) session.getAttribute(SESSION_CALLER);
    Optional<Account> account =
        name == null ? Optional.empty() : accounts.apply(name).filter(Account::isEnabled);
    if (account.isPresent()) {
      return loggedIn(
          caller,
          name,
          account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
    if (name != null) {
      session.removeAttribute(SESSION_CALLER);
    }
    if (!Boolean.parseBoolean(String.valueOf(message.getMap().get(PROTECTED)))) {
      tellContainer(new CallerPrincipalCallback(caller, (String) null));
      return AuthStatus.SUCCESS;
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession(true)
          .setAttribute(AFTER_LOGIN, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    try {
      response.sendRedirect(request.getContextPath() + "/login");
    } catch (IOException e) {
      throw (AuthException) new AuthException("redirect to the login page failed").initCause(e);
    }
    return AuthStatus.SEND_CONTINUE;
  }

  @Override
  public AuthStatus secureResponse(MessageInfo message, Subject service) {
    return AuthStatus.SEND_SUCCESS;
  }

  @Override
  public void cleanSubject(MessageInfo message, Subject caller) {
    if (caller != null) {
      caller.getPrincipals().clear();
    }
  }

  private AuthStatus loggedIn(Subject caller, String name, Set<String> roles) throws AuthException {
    tellContainer(
        new CallerPrincipalCallback(caller, name),
        new GroupPrincipalCallback(caller, roles.toArray(String[]::new)));
    return AuthStatus.SUCCESS;
  }

  private void tellContainer(Callback... callbacks) throws AuthException {
    try {
      container.handle(callbacks);
    } catch (IOException | UnsupportedCallbackException e) {
      throw (AuthException) new AuthException("the container refused the caller").initCause(e);
    }
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
