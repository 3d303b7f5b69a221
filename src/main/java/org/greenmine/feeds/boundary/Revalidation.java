package org.greenmine.feeds.boundary;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * Conditional GET (RFC 9110): a reader that sends back the entity tag or the date it was given gets
 * 304 Not Modified while the feed is unchanged. The entity tag wins when both are sent.
 */
public final class Revalidation {
  private Revalidation() {}

  /** A weak tag: the same entries may be written with another {@code updated} for an empty feed. */
  public static String entityTag(String fingerprint) {
    return "W/\"" + fingerprint + "\"";
  }

  /**
   * @param ifNoneMatch the request's {@code If-None-Match}, or null
   * @param ifModifiedSince the request's {@code If-Modified-Since} in epoch milliseconds, or -1
   */
  public static boolean notModified(
      String ifNoneMatch, long ifModifiedSince, String entityTag, Optional<Instant> lastModified) {
    if (ifNoneMatch != null) {
      return matches(ifNoneMatch, entityTag);
    }
    return ifModifiedSince >= 0
        && lastModified.isPresent()
        && lastModified.get().truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= ifModifiedSince;
  }

  /** Weak comparison, as RFC 9110 asks for If-None-Match: {@code W/} does not count. */
  private static boolean matches(String ifNoneMatch, String entityTag) {
    String ours = opaque(entityTag);
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(ours));
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
