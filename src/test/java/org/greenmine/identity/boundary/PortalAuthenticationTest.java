package org.greenmine.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.greenmine.identity.entity.Account;
import org.greenmine.identity.entity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login module's rules, without a container: the container's side is played by fakes. */
class PortalAuthenticationTest {
  private static final String PROTECTED = "jakarta.security.auth.message.MessagePolicy.isMandatory";

  private final Map<String, Account> database = new HashMap<>();
  private final List<Callback> toldContainer = new ArrayList<>();
  private PortalAuthentication module;
  private FakeExchange exchange;

  @BeforeEach
  void setUp() throws Exception {
    database.put("curator1", new Account("curator1", "Curator", "hash", Set.of(Role.CURATOR)));
    module =
        new PortalAuthentication(
            new IdentityStore() {
              @Override
              public CredentialValidationResult validate(Credential credential) {
                return credential instanceof UsernamePasswordCredential login
                        && login.getCaller().equals("curator1")
                        && login.getPasswordAsString().equals("right")
                    ? new CredentialValidationResult("curator1", Set.of("CURATOR"))
                    : CredentialValidationResult.INVALID_RESULT;
              }
            },
            name -> Optional.ofNullable(database.get(name)));
    module.initialize(null, null, callbacks -> toldContainer.addAll(List.of(callbacks)), Map.of());
    exchange = new FakeExchange("GET", "/curate/standards", "page=2");
  }

  @Test
  void anAnonymousVisitorOfAPublicPageStaysAnonymous() throws Exception {
    AuthStatus status = module.validateRequest(exchange.message(false), new Subject(), null);

    assertThat(status).isEqualTo(AuthStatus.SUCCESS);
    assertThat(toldContainer).singleElement().isInstanceOf(CallerPrincipalCallback.class);
    assertThat(((CallerPrincipalCallback) toldContainer.get(0)).getName()).isNull();
    assertThat(exchange.redirectedTo).isNull();
    assertThat(exchange.session).isNull();
  }

  @Test
  void anAnonymousVisitorOfAProtectedPageIsSentToLoginAndBroughtBackAfterwards() throws Exception {
    AuthStatus status = module.validateRequest(exchange.message(true), new Subject(), null);

    assertThat(status).isEqualTo(AuthStatus.SEND_CONTINUE);
    assertThat(exchange.redirectedTo).isEqualTo("/login");
    assertThat(toldContainer).isEmpty();
    assertThat(PortalAuthentication.afterLogin(exchange.request()))
        .isEqualTo("/curate/standards?page=2");
  }

  @Test
  void aRightPasswordLogsInWithTheRolesAndKeepsOnlyTheNameInTheSession() throws Exception {
    AuthStatus status = logIn("curator1", "right");

    assertThat(status).isEqualTo(AuthStatus.SUCCESS);
    assertThat(exchange.session).containsEntry(PortalAuthentication.SESSION_CALLER, "curator1");
    assertThat(exchange.attributes).doesNotContainKey(PortalAuthentication.LOGIN_ATTEMPT);
    assertThat(callerName()).isEqualTo("curator1");
    assertThat(groups()).containsExactly("CURATOR");
  }

  @Test
  void aWrongPasswordFailsAndStartsNoSession() throws Exception {
    AuthStatus status = logIn("curator1", "wrong");

    assertThat(status).isEqualTo(AuthStatus.SEND_FAILURE);
    assertThat(exchange.session).isNull();
    assertThat(toldContainer).isEmpty();
  }

  @Test
  void aLoggedInCallerGetsTheRolesTheDatabaseHoldsNow() throws Exception {
    exchange.session().put(PortalAuthentication.SESSION_CALLER, "curator1");
    database.get("curator1").setRoles(Set.of(Role.CURATOR, Role.EXPERT));

    AuthStatus status = module.validateRequest(exchange.message(true), new Subject(), null);

    assertThat(status).isEqualTo(AuthStatus.SUCCESS);
    assertThat(callerName()).isEqualTo("curator1");
    assertThat(groups()).containsExactlyInAnyOrder("CURATOR", "EXPERT");
  }

  @Test
  void aDisabledAccountIsLoggedOutOnItsNextRequest() throws Exception {
    exchange.session().put(PortalAuthentication.SESSION_CALLER, "curator1");
    database.get("curator1").setEnabled(false);

    AuthStatus status = module.validateRequest(exchange.message(true), new Subject(), null);

    assertThat(status).isEqualTo(AuthStatus.SEND_CONTINUE);
    assertThat(exchange.session).doesNotContainKey(PortalAuthentication.SESSION_CALLER);
    assertThat(exchange.redirectedTo).isEqualTo("/login");
  }

  @Test
  void onlyAPathOfThisPortalIsAPlaceToReturnTo() {
    exchange.session().put(PortalAuthentication.AFTER_LOGIN, "//evil.example/");
    assertThat(PortalAuthentication.afterLogin(exchange.request())).isEqualTo("/");
  }

  /** What the login page does: the credential in the request, then the container asks. */
  private AuthStatus logIn(String name, String password) throws Exception {
    exchange.attributes.put(
        PortalAuthentication.LOGIN_ATTEMPT,
        new UsernamePasswordCredential(name, new Password(password)));
    return module.validateRequest(exchange.message(false), new Subject(), null);
  }

  private String callerName() {
    return toldContainer.stream()
        .filter(CallerPrincipalCallback.class::isInstance)
        .map(c -> ((CallerPrincipalCallback) c).getName())
        .findFirst()
        .orElseThrow();
  }

  private List<String> groups() {
    return toldContainer.stream()
        .filter(GroupPrincipalCallback.class::isInstance)
        .flatMap(c -> List.of(((GroupPrincipalCallback) c).getGroups()).stream())
        .toList();
  }

  /** A request, its session and its response, as far as the module uses them. */
  private static final class FakeExchange {
    final Map<String, Object> attributes = new HashMap<>();
    Map<String, Object> session;
    String redirectedTo;
    private final String method;
    private final String uri;
    private final String query;

    FakeExchange(String method, String uri, String query) {
      this.method = method;
      this.uri = uri;
      this.query = query;
    }

    Map<String, Object> session() {
      if (session == null) {
        session = new HashMap<>();
      }
      return session;
    }

    HttpServletRequest request() {
      return fake(
          HttpServletRequest.class,
          (name, args) ->
              switch (name) {
                case "getMethod" -> method;
                case "getRequestURI" -> uri;
                case "getQueryString" -> query;
                case "getContextPath" -> "";
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "removeAttribute" -> attributes.remove((String) args[0]);
                case "getSession" ->
                    session == null && (args == null || !(Boolean) args[0])
                        ? null
                        : httpSession(session());
                default -> throw new UnsupportedOperationException(name);
              });
    }

    MessageInfo message(boolean protectedResource) {
      HttpServletRequest request = request();
      HttpServletResponse response =
          fake(
              HttpServletResponse.class,
              (name, args) -> {
                if (!name.equals("sendRedirect")) {
                  throw new UnsupportedOperationException(name);
                }
                redirectedTo = (String) args[0];
                return null;
              });
      Map<String, Object> map = new HashMap<>();
      if (protectedResource) {
        map.put(PROTECTED, "true");
      }
      return fake(
          MessageInfo.class,
          (name, args) ->
              switch (name) {
                case "getRequestMessage" -> request;
                case "getResponseMessage" -> response;
                case "getMap" -> map;
                default -> throw new UnsupportedOperationException(name);
              });
    }

    private static HttpSession httpSession(Map<String, Object> values) {
      return fake(
          HttpSession.class,
          (name, args) ->
              switch (name) {
                case "getAttribute" -> values.get((String) args[0]);
                case "setAttribute" -> values.put((String) args[0], args[1]);
                case "removeAttribute" -> values.remove((String) args[0]);
                default -> throw new UnsupportedOperationException(name);
              });
    }
  }

  @FunctionalInterface
  private interface Answer {
    Object to(String method, Object[] args);
  }

  private static <T> T fake(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> answer.to(method.getName(), args)));
  }
}
