package org.greenmine.audit.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules of the audit chain, without a container: the canonical form of an event, its hash, and
 * the walk that finds the first broken link.
 *
 * <p>An event's hash is {@code SHA-256(previousHash || canonical(content))}, written as 64
 * lower-case hex digits; the first event's previous hash is 64 zeros. The canonical form is a
 * sequence of netstrings {@code <UTF-8 byte length>:<text>,} of the occurrence time (epoch
 * milliseconds in decimal), actor, event type, subject and details. Length prefixes make the form
 * unambiguous whatever the fields contain: no two different events share a canonical form. The
 * details are a JSON object with keys in ascending {@link String#compareTo} order and every {@code
 * "}, {@code \} and control character escaped, so they are stored and shown as they were hashed.
 * Text that is not well-formed Unicode (a lone surrogate) is refused, because it has no single
 * UTF-8 encoding.
 */
public final class HashChain {
  /** The previous hash of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final HexFormat HEX = HexFormat.of();

  private HashChain() {}

  /** What an event says; its hash covers exactly these fields, details in canonical text. */
  public record Content(
      long occurredAt, String actor, String eventType, String subject, String details) {
    public Content {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(eventType, "eventType");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(details, "details");
    }
  }

  /** An event as stored: its id, content and both hashes. */
  public record Link(long id, Content content, String previousHash, String hash) {}

  /** The canonical text of the details: a JSON object with sorted keys, escaped. */
  public static String details(Map<String, String> details) {
    StringBuilder json = new StringBuilder("{");
    if (details != null) {
      for (Map.Entry<String, String> entry : new TreeMap<>(details).entrySet()) {
        if (entry.getValue() == null) {
          throw new IllegalArgumentException("detail without a value: " + entry.getKey());
        }
        if (json.length() > 1) {
          json.append(',');
        }
        quote(json, entry.getKey());
        json.append(':');
        quote(json, entry.getValue());
      }
    }
    String text = json.append('}').toString();
    utf8(text); // refuse what cannot be hashed now, not at verification
    return text;
  }

  /** The canonical form of the content, as text (its UTF-8 bytes are hashed). */
  public static String canonical(Content content) {
    StringBuilder form = new StringBuilder();
    for (String field :
        new String[] {
          Long.toString(content.occurredAt()),
          content.actor(),
          content.eventType(),
          content.subject(),
          content.details()
        }) {
      form.append(utf8(field).length).append(':').append(field).append(',');
    }
    return form.toString();
  }

  /** The hash of an event with this content following an event with this hash. */
  public static String hash(String previousHash, Content content) {
    if (previousHash == null || !HASH.matcher(previousHash).matches()) {
      throw new IllegalArgumentException("not a hash: " + previousHash);
    }
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(previousHash.getBytes(StandardCharsets.US_ASCII));
    input.writeBytes(utf8(canonical(content)));
    return HEX.formatHex(sha256().digest(input.toByteArray()));
  }

  /**
   * A walk along the chain from its first event, one event at a time in order. It stops at the
   * first broken link: the report names that event and what is wrong with it.
   */
  public static final class Walk {
    private String expectedPrevious = GENESIS;
    private long checked;
    private ChainReport broken;

    /** Checks the next event; false once the chain is broken (see {@link #report()}). */
    public boolean accept(Link link) {
      if (broken != null) {
        return false;
      }
      checked++;
      if (!expectedPrevious.equals(link.previousHash())) {
        broken = new ChainReport(ChainReport.Outcome.LINK_BROKEN, checked, link.id());
        return false;
      }
      if (!hashMatches(link)) {
        broken = new ChainReport(ChainReport.Outcome.CONTENT_ALTERED, checked, link.id());
        return false;
      }
      expectedPrevious = link.hash();
      return true;
    }

    /** Intact so far with the events accepted, or the first broken link. */
    public ChainReport report() {
      return broken != null ? broken : ChainReport.intact(checked);
    }

    /**
     * The report once every event has been walked, given where the last append left the chain: an
     * intact chain that ends elsewhere has lost its newest events.
     */
    public ChainReport finish(long expectedCount, String expectedLastHash, long expectedLastId) {
      if (broken == null
          && (checked != expectedCount || !expectedPrevious.equals(expectedLastHash))) {
        return new ChainReport(ChainReport.Outcome.END_MISSING, checked, expectedLastId);
      }
      return report();
    }

    private static boolean hashMatches(Link link) {
      try {
        return hash(link.previousHash(), link.content()).equals(link.hash());
      } catch (IllegalArgumentException unhashable) {
        return false;
      }
    }
  }

  private static void quote(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }

  private static byte[] utf8(String text) {
    try {
      ByteBuffer bytes =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] result = new byte[bytes.remaining()];
      bytes.get(result);
      return result;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not well-formed Unicode text", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
