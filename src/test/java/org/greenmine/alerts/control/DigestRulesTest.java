package org.greenmine.alerts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.greenmine.alerts.entity.DigestFrequency;
import org.greenmine.alerts.entity.SavedSearch;
import org.greenmine.notify.control.MailText;
import org.greenmine.search.control.SearchLink;
import org.greenmine.search.control.SearchQuery;
import org.junit.jupiter.api.Test;

class DigestRulesTest {
  private static final long HOUR = Duration.ofHours(1).toMillis();
  private static final long DAY = Duration.ofDays(1).toMillis();

  @Test
  void aDailySearchIsDueADayAfterItsLastDigestGivenTheHourlyJobsDrift() {
    long last = 1_800_000_000_000L;
    assertThat(DigestSchedule.due(DigestFrequency.DAILY, last, last + DAY - 11 * 60_000)).isFalse();
    assertThat(DigestSchedule.due(DigestFrequency.DAILY, last, last + DAY - 5 * 60_000)).isTrue();
    assertThat(DigestSchedule.due(DigestFrequency.DAILY, last, last + DAY + HOUR)).isTrue();
    assertThat(DigestSchedule.due(DigestFrequency.DAILY, last, last + HOUR)).isFalse();
  }

  @Test
  void aWeeklySearchWaitsAWeek() {
    long last = 1_800_000_000_000L;
    assertThat(DigestSchedule.due(DigestFrequency.WEEKLY, last, last + 6 * DAY)).isFalse();
    assertThat(DigestSchedule.due(DigestFrequency.WEEKLY, last, last + 7 * DAY)).isTrue();
  }

  @Test
  void aDigestMovesTheSearchOnAndNeverBackwards() {
    SavedSearch search = new SavedSearch("m", "q=x", DigestFrequency.DAILY, 1000, 900, "t");
    search.digested(5000, 4000);
    assertThat(search.getLastDigestAt()).isEqualTo(5000);
    assertThat(search.getCoveredUntil()).isEqualTo(4000);
    search.digested(6000, 3000);
    assertThat(search.getCoveredUntil()).isEqualTo(4000);
  }

  @Test
  void savedCriteriaAreTheSearchPagesOwnBoundedQueryString() {
    assertThat(SavedSearches.canonical("q=%E5%B0%BE%E7%9F%BF&kind=standard&sort=newest&page=3"))
        .isEqualTo("q=%E5%B0%BE%E7%9F%BF&kind=standard");
    assertThat(SavedSearches.canonical("?visibility=draft&kind=case&kind=case&x=1"))
        .isEqualTo("kind=case");
    assertThat(SavedSearches.canonical("sort=newest")).isEmpty();
    assertThat(SavedSearches.canonical("q=%ZZ")).isEmpty();
    SearchQuery read = SearchLink.parse("q=a%20b&year=2024&year=20x4", 10);
    assertThat(read.text()).isEqualTo("a b");
    assertThat(read.values("year")).containsExactly("2024");
  }

  @Test
  void unsubscribeTokensAreLongAndUrlSafe() {
    String token = SavedSearches.newToken();
    assertThat(token).matches("[A-Za-z0-9_-]{32}");
    assertThat(SavedSearches.newToken()).isNotEqualTo(token);
  }

  @Test
  void aDigestListsEachSearchsItemsInBothLanguagesWithItsUnsubscribeLink() {
    MailText.Text mail =
        DigestText.compose(
            MailText.fromBundles(),
            List.of(
                new DigestText.Section(
                    DigestText.describe(
                        new SearchQuery(
                            "尾矿",
                            Map.of("kind", List.of("standard")),
                            SearchQuery.Sort.RELEVANCE,
                            0,
                            10)),
                    List.of(
                        new DigestText.Item(
                            "尾矿库闭库规范", "Tailings pond closure", "https://p.example/standards/a")),
                    25,
                    "https://p.example/search?q=x",
                    "https://p.example/alerts/unsubscribe?token=abc")),
            "https://p.example/account/alerts");
    assertThat(mail.subject()).isEqualTo("已保存检索的新内容（25 条） / New for your saved searches (25)");
    String body = mail.body();
    assertThat(body).contains("检索 \"尾矿\" · kind: standard：25 条新内容");
    assertThat(body).contains("• 尾矿库闭库规范\n  https://p.example/standards/a");
    assertThat(body).contains("• Tailings pond closure\n  https://p.example/standards/a");
    assertThat(body).contains("另有 24 条：https://p.example/search?q=x");
    assertThat(body).contains("and 24 more: https://p.example/search?q=x");
    assertThat(body.indexOf("尾矿库闭库规范")).isLessThan(body.indexOf("Tailings pond closure"));
    assertThat(body)
        .contains(
            "No more digests for this search: https://p.example/alerts/unsubscribe?token=abc");
  }
}
