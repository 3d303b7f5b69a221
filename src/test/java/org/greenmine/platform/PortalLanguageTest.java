package org.greenmine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.greenmine.platform.control.PortalLanguage;
import org.junit.jupiter.api.Test;

class PortalLanguageTest {
  @Test
  void aRememberedChoiceWinsOverTheBrowser() {
    assertThat(PortalLanguage.choose("en", List.of(Locale.SIMPLIFIED_CHINESE)))
        .isEqualTo(PortalLanguage.EN);
  }

  @Test
  void otherwiseTheFirstSpokenBrowserLanguage() {
    assertThat(PortalLanguage.choose(null, List.of(Locale.FRENCH, Locale.UK, Locale.CHINA)))
        .isEqualTo(PortalLanguage.EN);
    assertThat(PortalLanguage.choose("xx", List.of(Locale.forLanguageTag("zh-TW"))))
        .isEqualTo(PortalLanguage.ZH);
  }

  @Test
  void chineseByDefault() {
    assertThat(PortalLanguage.choose(null, List.of(Locale.GERMAN))).isEqualTo(PortalLanguage.ZH);
    assertThat(PortalLanguage.choose(null, List.of())).isEqualTo(PortalLanguage.ZH);
  }

  @Test
  void bothBundlesHaveTheSameKeysAndNoEmptyText() throws Exception {
    Properties en = load("messages_en.properties");
    Properties zh = load("messages_zh.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    en.forEach((k, v) -> assertThat(v.toString()).as((String) k).isNotBlank());
    zh.forEach((k, v) -> assertThat(v.toString()).as((String) k).isNotBlank());
    assertThat(zh.getProperty("portal.name")).isEqualTo("绿色矿山门户");
  }

  @Test
  void theEmbeddedDefaultsStayOnThisMachine() throws Exception {
    Properties config = new Properties();
    try (var in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
      config.load(in);
    }
    assertThat(config.getProperty("greenmine.solr.url")).startsWith("http://127.0.0.1:");
    assertThat(config.getProperty("greenmine.data.dir")).isEqualTo("data");
    assertThat(config.getProperty("greenmine.cookie.secure")).isEqualTo("false");
    assertThat(config).doesNotContainKey("greenmine.admin.password");
  }

  private Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (var in = getClass().getResourceAsStream("/org/greenmine/platform/" + name);
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }
}
