package org.greenmine.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenmine.feeds.boundary.Revalidation;
import org.greenmine.feeds.control.CommentPeriodWindow;
import org.greenmine.feeds.entity.Feed;
import org.greenmine.feeds.entity.FeedEntry;
import org.greenmine.feeds.entity.FeedKind;
import org.greenmine.platform.control.PortalLanguage;
import org.greenmine.standards.entity.StandardStage;
import org.junit.jupiter.api.Test;

/** The rules around the Atom feeds: names, comment-period window, entity tags, revalidation. */
class AtomFeedRulesTest {
  private static final LocalDate OPENS = LocalDate.of(2026, 11, 2);
  private static final LocalDate CLOSES = LocalDate.of(2026, 12, 4);
  private static final Instant T = Instant.parse("2026-11-20T01:02:03Z");

  @Test
  void onlyTheFiveFeedNamesAreKnown() {
    assertThat(FeedKind.ofFileName("comment-periods.atom")).contains(FeedKind.COMMENT_PERIODS);
    assertThat(FeedKind.ofFileName("awards.atom")).contains(FeedKind.AWARDS);
    assertThat(FeedKind.ofFileName("standards")).isEmpty();
    assertThat(FeedKind.ofFileName("news.atom")).isEmpty();
    assertThat(FeedKind.ofFileName("../standards.atom")).isEmpty();
    assertThat(FeedKind.ofFileName("STANDARDS.atom")).isEmpty();
  }

  @Test
  void aPeriodIsShownWhileOpenAndForNinetyDaysAfter() {
    var stage = StandardStage.PUBLIC_COMMENT;
    assertThat(CommentPeriodWindow.shows(stage, OPENS, CLOSES, OPENS.minusDays(1))).isFalse();
    assertThat(CommentPeriodWindow.shows(stage, OPENS, CLOSES, OPENS)).isTrue();
    assertThat(CommentPeriodWindow.shows(stage, OPENS, CLOSES, CLOSES)).isTrue();
    assertThat(
            CommentPeriodWindow.shows(
                StandardStage.TECHNICAL_REVIEW, OPENS, CLOSES, CLOSES.plusDays(90)))
        .isTrue();
    assertThat(
            CommentPeriodWindow.shows(
                StandardStage.TECHNICAL_REVIEW, OPENS, CLOSES, CLOSES.plusDays(91)))
        .isFalse();
    assertThat(CommentPeriodWindow.oldestClosing(CLOSES.plusDays(90))).isEqualTo(CLOSES);
  }

  @Test
  void aPeriodSetInAdvanceIsNotShownBeforeTheStandardEntersPublicComment() {
    assertThat(CommentPeriodWindow.shows(StandardStage.DRAFTING, OPENS, CLOSES, OPENS.plusDays(3)))
        .isFalse();
    assertThat(CommentPeriodWindow.shows(StandardStage.DRAFTING, OPENS, CLOSES, CLOSES.plusDays(3)))
        .isFalse();
    assertThat(CommentPeriodWindow.shows(StandardStage.PUBLIC_COMMENT, null, null, OPENS))
        .isFalse();
  }

  private static Feed feed(String title, PortalLanguage language) {
    return new Feed(
        FeedKind.CASES,
        language,
        "tag:a,2026:feeds/cases/" + language.tag(),
        "Cases",
        "Portal",
        List.of(new FeedEntry("tag:a,2026:cases/x", title, null, "CMF", T, T, "/cases/x")));
  }

  @Test
  void theFingerprintFollowsTheContentTheAddressAndTheLanguage() {
    String base = "http://127.0.0.1:8080";
    String fingerprint = feed("Paste backfill", PortalLanguage.EN).fingerprint(base);
    assertThat(feed("Paste backfill", PortalLanguage.EN).fingerprint(base))
        .isEqualTo(fingerprint)
        .matches("[0-9a-f]{32}");
    assertThat(feed("Paste backfill!", PortalLanguage.EN).fingerprint(base))
        .isNotEqualTo(fingerprint);
    assertThat(feed("Paste backfill", PortalLanguage.ZH).fingerprint(base))
        .isNotEqualTo(fingerprint);
    assertThat(feed("Paste backfill", PortalLanguage.EN).fingerprint("https://mines.example"))
        .isNotEqualTo(fingerprint);
    assertThat(feed("Paste backfill", PortalLanguage.EN).newest()).contains(T);
  }

  @Test
  void theEntityTagOrElseTheDateDecidesNotModified() {
    String tag = Revalidation.entityTag("abc");
    assertThat(tag).isEqualTo("W/\"abc\"");
    Optional<Instant> modified = Optional.of(Instant.parse("2026-11-20T01:02:03.700Z"));
    long thatSecond = Instant.parse("2026-11-20T01:02:03Z").toEpochMilli();

    assertThat(Revalidation.notModified(tag, -1, tag, modified)).isTrue();
    assertThat(Revalidation.notModified("\"abc\"", -1, tag, modified)).isTrue();
    assertThat(Revalidation.notModified("\"x\", W/\"abc\"", -1, tag, modified)).isTrue();
    assertThat(Revalidation.notModified("*", -1, tag, modified)).isTrue();
    assertThat(Revalidation.notModified("W/\"abd\"", -1, tag, modified)).isFalse();

    assertThat(Revalidation.notModified(null, thatSecond, tag, modified)).isTrue();
    assertThat(Revalidation.notModified(null, thatSecond - 1000, tag, modified)).isFalse();
    assertThat(Revalidation.notModified(null, -1, tag, modified)).isFalse();
    assertThat(Revalidation.notModified(null, thatSecond, tag, Optional.empty())).isFalse();
    assertThat(Revalidation.notModified("W/\"old\"", thatSecond, tag, modified))
        .as("a changed tag wins over an old enough date")
        .isFalse();
  }
}
