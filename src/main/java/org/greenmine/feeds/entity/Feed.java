package org.greenmine.feeds.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.greenmine.platform.control.PortalLanguage;

/**
 * A feed as it is about to be written: its id, title and publisher in one language, and its
 * entries, newest first.
 */
public record Feed(
    FeedKind kind,
    PortalLanguage language,
    String id,
    String title,
    String publisher,
    List<FeedEntry> entries) {
  /** Raised whenever the way a feed is written changes, so that no cache keeps the old form. */
  private static final String FORMAT = "atom-1";

  public Feed {
    entries = List.copyOf(entries);
  }

  /** When the newest entry changed; nothing for an empty feed. */
  public Optional<Instant> newest() {
    return entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder());
  }

  /**
   * A digest of everything the written feed is made of, for its entity tag: the same content at the
   * same address gives the same digest on every instance of the portal. The time an empty feed is
   * written at is deliberately not part of it.
   */
  public String fingerprint(String baseUrl) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    field(sha, FORMAT);
    field(sha, baseUrl);
    field(sha, kind.name());
    field(sha, language.tag());
    field(sha, id);
    field(sha, title);
    field(sha, publisher);
    for (FeedEntry e : entries) {
      field(sha, e.id());
      field(sha, e.title());
      field(sha, e.summary());
      field(sha, e.author());
      field(sha, e.published().toString());
      field(sha, e.updated().toString());
      field(sha, e.path());
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  private static void field(MessageDigest sha, String value) {
    // a length before each field, so that no two different feeds run together into the same bytes
    byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    sha.update(
        (value == null ? "-" : String.valueOf(bytes.length)).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) ':');
    sha.update(bytes);
  }
}
