package org.greenmine.feeds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greenmine.cases.entity.CaseStudy;
import org.greenmine.content.control.ContentCatalog;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.PublicationState;
import org.greenmine.feeds.entity.Feed;
import org.greenmine.feeds.entity.FeedEntry;
import org.greenmine.feeds.entity.FeedKind;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.PortalLanguage;
import org.greenmine.selection.entity.Award;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;
import org.greenmine.standards.entity.Standard;
import org.greenmine.technology.entity.Technology;

/**
 * What goes into each feed: the newest {@value #SIZE} published items, comment periods open now or
 * lately, and final award lists. Only what the public may see: published content (through {@link
 * ContentCatalog}, or with the same published-only condition) and campaigns in their final state.
 */
@ApplicationScoped
public class FeedCatalog {
  public static final int SIZE = 50;

  @PersistenceContext EntityManager em;
  @Inject ContentCatalog catalog;
  @Inject PortalClock clock;

  /**
   * The naming authority of the entries' {@code tag:} ids (RFC 4151): a domain the operator owns
   * and a date it owned it, such as {@code mines.example.org,2026}. Set once before feeds go out
   * and never changed, or every reader sees every entry again as new.
   */
  @Inject
  @ConfigProperty(name = "greenmine.feeds.tag-authority", defaultValue = "greenmine.invalid,2026")
  String tagAuthority;

  public Feed feed(FeedKind kind, PortalLanguage language) {
    Texts texts = new Texts(language);
    List<FeedEntry> entries =
        switch (kind) {
          case STANDARDS -> standards(texts);
          case TECHNOLOGIES -> documents(Technology.class, texts);
          case CASES -> documents(CaseStudy.class, texts);
          case COMMENT_PERIODS -> commentPeriods(texts);
          case AWARDS -> awardLists(texts);
        };
    return new Feed(
        kind,
        language,
        tag("feeds/" + kind.feedName() + "/" + language.tag()),
        texts.get(kind.titleKey()),
        texts.get("portal.name"),
        entries);
  }

  private List<FeedEntry> standards(Texts texts) {
    return newestPublished(Standard.class).stream()
        .map(
            s ->
                entry(
                    "standards/" + s.getSlug(),
                    s,
                    texts.get("feeds.standard.entry", s.getCode(), s.title(texts.locale())),
                    texts.joined(
                        texts.get("stage." + s.getStage()),
                        firstPresent(s.summary(texts.locale()), s.scope(texts.locale()))),
                    texts))
        .toList();
  }

  private <T extends Document> List<FeedEntry> documents(Class<T> kind, Texts texts) {
    return newestPublished(kind).stream()
        .map(
            d ->
                entry(
                    d.kind().path() + "/" + d.getSlug(),
                    d,
                    d.title(texts.locale()),
                    d.summary(texts.locale()),
                    texts))
        .toList();
  }

  private <T extends Document> List<T> newestPublished(Class<T> kind) {
    return catalog
        .publishedPage(kind, 0, SIZE, ContentCatalog.SortBy.PUBLISHED, false, Map.of())
        .items();
  }

  private FeedEntry entry(String key, Document d, String title, String summary, Texts texts) {
    Instant published = d.getPublishedAt() == null ? d.getUpdatedAt() : d.getPublishedAt();
    return new FeedEntry(
        tag(key),
        title,
        summary,
        d.getAssociation().name(texts.locale()),
        published,
        later(published, d.getUpdatedAt()),
        d.url());
  }

  private List<FeedEntry> commentPeriods(Texts texts) {
    LocalDate today = clock.today();
    return em.createQuery(
            "SELECT s FROM Standard s WHERE s.state = :published AND s.commentOpens IS NOT NULL"
                + " AND s.commentCloses IS NOT NULL AND s.commentOpens <= :today"
                + " AND s.commentCloses >= :oldest ORDER BY s.commentOpens DESC, s.id DESC",
            Standard.class)
        .setParameter("published", PublicationState.PUBLISHED)
        .setParameter("today", today)
        .setParameter("oldest", CommentPeriodWindow.oldestClosing(today))
        .getResultStream()
        .filter(
            s ->
                CommentPeriodWindow.shows(
                    s.getStage(), s.getCommentOpens(), s.getCommentCloses(), today))
        .limit(SIZE)
        .map(
            s -> {
              Instant opened = startOf(s.getCommentOpens());
              return new FeedEntry(
                  tag("comment-periods/" + s.getSlug() + "/" + s.getCommentOpens()),
                  texts.get("feeds.commentPeriod.entry", s.getCode(), s.title(texts.locale())),
                  texts.joined(
                      texts.get(
                          "feeds.commentPeriod.dates",
                          s.getCommentOpens().toString(),
                          s.getCommentCloses().toString()),
                      firstPresent(s.scope(texts.locale()), s.summary(texts.locale()))),
                  s.getAssociation().name(texts.locale()),
                  opened,
                  later(opened, s.getUpdatedAt()),
                  s.url());
            })
        .toList();
  }

  /** One entry per campaign whose award list is final, the newest list first. */
  private List<FeedEntry> awardLists(Texts texts) {
    List<Campaign> finals =
        em.createQuery("SELECT c FROM Campaign c WHERE c.state = :state", Campaign.class)
            .setParameter("state", CampaignState.FINAL)
            .getResultList();
    Map<Long, List<Award>> awards =
        em.createQuery(
                "SELECT a FROM Award a WHERE a.campaign.state = :state ORDER BY a.certificateNo",
                Award.class)
            .setParameter("state", CampaignState.FINAL)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    a -> a.getCampaign().getId(), LinkedHashMap::new, Collectors.toList()));
    List<FeedEntry> entries = new ArrayList<>();
    for (Campaign campaign : finals) {
      List<Award> list = awards.getOrDefault(campaign.getId(), List.of());
      LocalDate awardedOn =
          list.stream()
              .map(Award::getAwardedOn)
              .max(Comparator.naturalOrder())
              .orElse(
                  campaign.getNoticeCloses() == null
                      ? campaign.getReviewUntil()
                      : campaign.getNoticeCloses());
      String mines =
          list.stream()
              .map(a -> a.getApplication().getMineName())
              .collect(Collectors.joining(texts.language() == PortalLanguage.ZH ? "、" : ", "));
      Instant listed = startOf(awardedOn);
      entries.add(
          new FeedEntry(
              tag("awards/" + campaign.getSlug()),
              texts.get(
                  "feeds.award.entry",
                  campaign.title(texts.locale()),
                  String.valueOf(campaign.getYear())),
              list.isEmpty()
                  ? texts.get("feeds.award.none")
                  : texts.get("feeds.award.summary", mines),
              campaign.getAssociation().name(texts.locale()),
              listed,
              listed,
              "/selections/" + campaign.getSlug()));
    }
    return entries.stream()
        .sorted(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id))
        .limit(SIZE)
        .toList();
  }

  private String tag(String specific) {
    return "tag:" + tagAuthority + ":" + specific;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(PortalClock.CHINA).toInstant();
  }

  private static Instant later(Instant a, Instant b) {
    return b != null && b.isAfter(a) ? b : a;
  }

  private static String firstPresent(String first, String second) {
    return first != null && !first.isBlank() ? first : second;
  }

  /** The bundle's texts in one language. */
  private record Texts(PortalLanguage language, ResourceBundle bundle) {
    Texts(PortalLanguage language) {
      this(language, ResourceBundle.getBundle(PageMessages.BUNDLE, language.locale()));
    }

    Locale locale() {
      return language.locale();
    }

    String get(String key, Object... arguments) {
      String pattern = bundle.getString(key);
      return arguments.length == 0
          ? pattern
          : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** Two sentences as one text; either may be missing. */
    String joined(String first, String second) {
      if (second == null || second.isBlank()) {
        return first;
      }
      return first == null || first.isBlank()
          ? second
          : get("feeds.sentences", first, second.strip());
    }
  }
}
