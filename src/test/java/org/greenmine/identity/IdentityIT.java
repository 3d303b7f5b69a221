package org.greenmine.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Role;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.PortalHttp;
import org.greenmine.testing.TestAccounts;
import org.greenmine.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, logout, roles and passwords on a deployed portal, over real HTTP. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {
  private static final String WRONG = "The user name or password is not correct.";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(IdentityIT.class, TestAccounts.class);
  }

  @ArquillianResource URL base;
  @Inject TestAccounts accounts;
  @Inject AccountDirectory directory;

  private PortalHttp browser() throws Exception {
    return new PortalHttp(LocalUrl.of(base));
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameGenericMessage() throws Exception {
    String member = accounts.create("generic", "Correct-Horse-42", Role.MEMBER);
    var wrongPassword = browser().login(member, "not-the-password");
    var unknownUser = browser().login("nobody-" + member, "not-the-password");
    assertEquals(200, wrongPassword.statusCode());
    assertTrue(wrongPassword.body().contains(WRONG));
    assertTrue(unknownUser.body().contains(WRONG));
    assertFalse(wrongPassword.body().contains("Logout"));
  }

  @Test
  void administratorLogsInWithANewSessionIdAndReachesAdministration() throws Exception {
    PortalHttp admin = browser();
    admin.get("login");
    String before = admin.sessionId();
    assertNotNull(before);
    var login = admin.login("admin", TestSettings.ADMIN_PASSWORD);
    assertEquals(302, login.statusCode());
    assertNotEquals(before, admin.sessionId(), "login must issue a new session id");
    var page = admin.get("admin/accounts");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Create account"));
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    var page = browser().get("admin/accounts");
    assertEquals(302, page.statusCode());
    assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/login"));
  }

  @Test
  void membersGetForbiddenOnAdministrationPages() throws Exception {
    String member = accounts.create("member", "Member-Pass-2026", Role.MEMBER);
    PortalHttp http = browser();
    assertEquals(302, http.login(member, "Member-Pass-2026").statusCode());
    var page = http.get("admin/accounts");
    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains("Not allowed"));
    assertFalse(page.body().contains("Exception"));
  }

  @Test
  void administrationServicesRefuseCallersWithoutTheRole() {
    assertThrows(EJBAccessException.class, () -> directory.all());
  }

  @Test
  void repeatedFailuresForAnAccountAreSlowedDown() throws Exception {
    String member = accounts.create("throttled", "Throttle-Pass-2026", Role.MEMBER);
    for (int i = 0; i < 3; i++) {
      assertTrue(browser().login(member, "wrong-" + i).body().contains(WRONG));
    }
    var blocked = browser().login(member, "Throttle-Pass-2026");
    assertEquals(200, blocked.statusCode(), "even the right password waits while throttled");
    assertTrue(blocked.body().contains("Too many failed attempts"));
  }

  @Test
  void passwordsAreStoredAsSaltedSlowHashes() {
    String first = accounts.create("salt-a", "Same-Password-2026", Role.MEMBER);
    String second = accounts.create("salt-b", "Same-Password-2026", Role.MEMBER);
    String hash = accounts.passwordHashOf(first);
    assertTrue(hash.startsWith("pbkdf2-sha256$210000$"), hash);
    assertNotEquals(hash, accounts.passwordHashOf(second));
    assertFalse(hash.contains("Same-Password-2026"));
  }

  @Test
  void aMemberChangesTheirOwnPassword() throws Exception {
    String member = accounts.create("changer", "Old-Password-2026", Role.MEMBER);
    PortalHttp http = browser();
    http.login(member, "Old-Password-2026");
    var changed =
        http.submit(
            "account/password",
            "password",
            "submit",
            Map.of(
                "current", "Old-Password-2026",
                "fresh", "New-Password-2026",
                "repeat", "New-Password-2026"));
    assertEquals(302, changed.statusCode());
    assertTrue(browser().login(member, "Old-Password-2026").body().contains(WRONG));
    assertEquals(302, browser().login(member, "New-Password-2026").statusCode());
  }

  @Test
  void aDisabledAccountLosesAccessOnItsNextRequest() throws Exception {
    String member = accounts.create("disabled", "Disabled-Pass-2026", Role.MEMBER);
    PortalHttp http = browser();
    http.login(member, "Disabled-Pass-2026");
    assertEquals(200, http.get("account/password").statusCode());
    accounts.disable(member);
    assertEquals(302, http.get("account/password").statusCode(), "sent to the login page");
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    String member = accounts.create("leaver", "Leaver-Pass-2026", Role.MEMBER);
    PortalHttp http = browser();
    http.login(member, "Leaver-Pass-2026");
    assertEquals(200, http.get("account/password").statusCode());
    var home = http.get("");
    assertTrue(home.body().contains("logoutForm"));
    http.submit("", "logoutForm", "logout", Map.of());
    assertEquals(302, http.get("account/password").statusCode());
  }
}
