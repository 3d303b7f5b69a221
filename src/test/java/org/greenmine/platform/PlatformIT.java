package org.greenmine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.control.AssociationRegistry.AssociationDraft;
import org.greenmine.association.entity.AssociationLevel;
import org.greenmine.content.control.ContentImporter;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every response carries, both languages, error pages, health and the seed content. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(PlatformIT.class);
  }

  @ArquillianResource URL base;
  @Inject ContentImporter importer;
  @Inject AssociationRegistry associations;

  private PortalHttp browser() throws Exception {
    return new PortalHttp(LocalUrl.of(base));
  }

  @Test
  void everyPageCarriesSecurityHeadersAndASafeSessionCookie() throws Exception {
    var home = browser().get("");
    assertEquals(200, home.statusCode());
    List<String> policies = home.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*")),
        policies.toString());
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("object-src 'none'")), policies.toString());
    assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        "strict-origin-when-cross-origin", home.headers().firstValue("Referrer-Policy").orElse(""));
    String cookie =
        home.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  @Test
  void theHomePageSpeaksTheBrowsersLanguageAndRemembersASwitch() throws Exception {
    assertTrue(browser().language("zh-CN,zh;q=0.9").get("").body().contains("绿色矿山门户"));
    assertTrue(browser().language("en-GB,en;q=0.8").get("").body().contains("GreenMine Portal"));
    assertTrue(browser().language("fr-FR").get("").body().contains("绿色矿山门户"), "Chinese by default");

    PortalHttp chinese = browser().language("zh-CN");
    var switched = chinese.get("?lang=en");
    assertEquals(302, switched.statusCode());
    assertTrue(
        switched.headers().allValues("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("gm_lang=en")));
    String page = chinese.get("").body();
    assertTrue(
        page.contains("Green mines, shared knowledge"), "the choice outlives Accept-Language");
  }

  @Test
  void theLanguageSwitchOnlyEverRedirectsWithinThePortal() throws Exception {
    var offsite = browser().getRaw("//evil.example/x?lang=en");
    String location = offsite.headers().firstValue("Location").orElse("");
    URI target = LocalUrl.of(base).resolve(location);
    assertEquals(LocalUrl.of(base).getPort(), target.getPort(), location);
    assertTrue(
        List.of("127.0.0.1", "localhost").contains(target.getHost()),
        "stays on the portal: " + location);
    var bare = browser().get("?lang");
    assertEquals(302, bare.statusCode());
    assertFalse(bare.headers().firstValue("Location").orElse("").contains("lang"));
    var encoded = browser().get("search?q=%E5%B0%BE%E7%9F%BF&l%61ng=en");
    assertEquals(302, encoded.statusCode());
    String kept = encoded.headers().firstValue("Location").orElse("");
    assertTrue(kept.endsWith("search?q=%E5%B0%BE%E7%9F%BF"), kept);
  }

  @Test
  void unknownAddressesGetTheNotFoundPageInBothLanguages() throws Exception {
    var english = browser().get("no/such/page");
    assertEquals(404, english.statusCode());
    assertTrue(english.body().contains("Page not found"));
    var chinese = browser().language("zh").get("no/such/page");
    assertEquals(404, chinese.statusCode());
    assertTrue(chinese.body().contains("页面不存在"));
  }

  @Test
  void aBrokenFormPostShowsAFriendlyPageAndNoStackTrace() throws Exception {
    PortalHttp http = browser();
    var response =
        http.follow(
            http.post(
                "login",
                Map.of(
                    "login", "login",
                    "login:username", "x",
                    "login:password", "y",
                    "jakarta.faces.ViewState", "-123:456")));
    String body = response.body();
    assertTrue(
        body.contains("The page has expired") || body.contains("Something went wrong"), body);
    assertFalse(body.contains("at org."));
    assertFalse(body.contains("Exception"));
  }

  @Test
  void theServerErrorPageExistsInBothLanguages() throws Exception {
    assertTrue(browser().get("error/500").body().contains("Something went wrong"));
    assertTrue(browser().language("zh").get("error/500").body().contains("出错了"));
    assertTrue(browser().language("zh").get("error/403").body().contains("无权访问"));
  }

  @Test
  void healthReportsTheDatabaseAndSolrSeparately() throws Exception {
    PortalHttp http = new PortalHttp(LocalUrl.of(base).resolve("/"));
    var ready = http.get("health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
    assertTrue(ready.body().contains("\"name\":\"solr\",\"status\":\"UP\""), ready.body());
    var live = http.get("health/live");
    assertEquals(200, live.statusCode());
    assertTrue(live.body().contains("\"status\":\"UP\""));
  }

  @Test
  void theSeedContentLoaderIsIdempotent() {
    int before = associations.all().size();
    long regionsBefore = associations.regionCount();
    assertTrue(before >= 9, "the associations in content/ were loaded at start: " + before);
    assertTrue(regionsBefore >= 34 + 11);

    ContentImporter.Report again = importer.importAll();
    assertEquals(0, again.added());
    assertEquals(List.of(), again.refused());
    assertEquals(before, associations.all().size());
    assertEquals(regionsBefore, associations.regionCount());
  }

  @Test
  void associationsKeepTheirHierarchyRules() {
    var outsideParentProvince =
        new AssociationDraft(
            "TESTHN",
            "测试",
            "Test",
            "T/TESTHN",
            AssociationLevel.CITY,
            "150700",
            "SDMA",
            null,
            null);
    var failure =
        assertThrows(InvalidInput.class, () -> associations.register(outsideParentProvince));
    assertEquals("association.parent.otherRegion", failure.messageKey());
    var national = associations.byCode("CMF").orElseThrow();
    assertEquals(AssociationLevel.NATIONAL, national.getLevel());
    assertEquals("T/CMF", national.getStandardPrefix());
  }
}
