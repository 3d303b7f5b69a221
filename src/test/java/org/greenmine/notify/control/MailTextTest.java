package org.greenmine.notify.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MailTextTest {
  private final MailText text = MailText.fromBundles();

  @Test
  void everyMailHasTheChineseTextThenTheEnglishTextThenTheNoteInBoth() {
    MailText.Text mail =
        text.compose(
            "mail.eligibility.subject",
            "mail.eligibility.ineligible.body",
            "金山矿",
            MailText.Bilingual.of("2026年度遴选", "2026 selection"),
            "采矿许可证已过期",
            "https://portal.example/account/applications");
    assertThat(mail.subject()).isEqualTo("金山矿 的资格审查结果 / Eligibility decision for 金山矿");
    String body = mail.body();
    int chinese = body.indexOf("未通过资格审查");
    int english = body.indexOf("did not pass the eligibility check");
    assertThat(chinese).isNotNegative().isLessThan(english);
    assertThat(body).contains("“2026年度遴选”").contains("in 2026 selection");
    assertThat(body.indexOf("此邮件由绿色矿山门户自动发送")).isGreaterThan(english);
    assertThat(body).endsWith("Please do not reply to it.\n");
    assertThat(body).contains("理由：采矿许可证已过期").contains("Reason: 采矿许可证已过期");
  }

  @Test
  void numbersDatesAndBundleKeysAreShownPerLanguageWithoutGrouping() {
    MailText.Text mail =
        text.compose(
            "mail.reminder.subject",
            "mail.reminder.body",
            MailText.Bilingual.of("遴选", "Selection"),
            12345,
            LocalDate.of(2027, 3, 31),
            3,
            "https://x.example/expert/index");
    assertThat(mail.subject())
        .isEqualTo(
            "提醒：“遴选”第 12345 轮评审将于 2027-03-31 截止 / Reminder: round 12345 of Selection"
                + " closes on 2027-03-31");
    MailText.Text comment =
        text.compose(
            "mail.comment.subject",
            "mail.comment.body",
            "T/CMF 003-2025",
            MailText.Bilingual.of("绿色矿山", "Green mines"),
            "4.2",
            new MailText.Key("comment.disposition.PARTLY_ACCEPTED"),
            "",
            "https://x.example/standards/t-cmf-003-2025");
    assertThat(comment.body()).contains("：部分采纳。").contains(": Partly accepted.");
  }

  @Test
  void aMissingTranslationIsNoSilentMail() {
    assertThatThrownBy(() -> text.compose("mail.nothing", "mail.nothing"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bilingualArgumentsFallBackToTheOtherLanguage() {
    assertThat(MailText.Bilingual.of("只有中文", null))
        .isEqualTo(new MailText.Bilingual("只有中文", "只有中文"));
    assertThat(MailText.Bilingual.of("", "English only"))
        .isEqualTo(new MailText.Bilingual("English only", "English only"));
  }

  @Test
  void everyMailKeyIsInBothLanguagesAndHasNoApostrophe() {
    ResourceBundle en = ResourceBundle.getBundle(MailText.BUNDLE, Locale.ENGLISH);
    ResourceBundle zh = ResourceBundle.getBundle(MailText.BUNDLE, Locale.CHINESE);
    long mailKeys = en.keySet().stream().filter(k -> k.startsWith("mail.")).count();
    assertThat(mailKeys).isGreaterThan(40);
    for (String key : en.keySet()) {
      if (key.startsWith("mail.")) {
        assertThat(zh.containsKey(key)).as(key).isTrue();
        assertThat(en.getString(key)).as(key).doesNotContain("'");
        assertThat(zh.getString(key)).as(key).doesNotContain("'");
      }
    }
  }
}
