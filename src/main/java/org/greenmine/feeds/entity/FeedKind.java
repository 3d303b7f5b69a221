package org.greenmine.feeds.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The feeds the portal offers, each at {@code /feeds/<name>.atom}, with the list page it follows.
 */
public enum FeedKind {
  STANDARDS("standards", "standards", "/standards"),
  TECHNOLOGIES("technologies", "technologies", "/technologies"),
  CASES("cases", "cases", "/cases"),
  COMMENT_PERIODS("comment-periods", "commentPeriods", "/standards"),
  AWARDS("awards", "awards", "/selections");

  private final String name;
  private final String messageKey;
  private final String listPath;

  FeedKind(String name, String messageKey, String listPath) {
    this.name = name;
    this.messageKey = messageKey;
    this.listPath = listPath;
  }

  /** The feed for a file name such as {@code standards.atom}; nothing for any other name. */
  public static Optional<FeedKind> ofFileName(String fileName) {
    return Arrays.stream(values()).filter(k -> k.fileName().equals(fileName)).findFirst();
  }

  /** The name in the address and in the ids: {@code comment-periods}. */
  public String feedName() {
    return name;
  }

  public String fileName() {
    return name + ".atom";
  }

  /** The feed's address below the context path. */
  public String path() {
    return "/feeds/" + fileName();
  }

  /** The public list page this feed follows, below the context path. */
  public String listPath() {
    return listPath;
  }

  /** The bundle key of the feed's title. */
  public String titleKey() {
    return "feeds." + messageKey + ".title";
  }
}
