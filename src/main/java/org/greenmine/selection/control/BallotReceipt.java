package org.greenmine.selection.control;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.greenmine.platform.control.InvalidInput;

/**
 * A receipt for one ballot: the SHA-256 of the ballot's canonical form. The expert keeps it; when
 * results are released the portal publishes the receipts of the ballots it counted, and the expert
 * checks that theirs is among them.
 *
 * <p>The ballot carries a nonce because the rest of an approval ballot is guessable (three possible
 * votes): without a secret 128-bit nonce, anyone could recompute every candidate receipt and read
 * the vote. The time is taken to the millisecond, so that a database that keeps microseconds, or
 * one that keeps milliseconds, gives back the same receipt.
 */
public record BallotReceipt(String sha256) {
  public static final String FORMAT = "greenmine/ballot/1";

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A ballot as cast: item scores for a scoring round, a vote for an approval round; {@code
   * sequence} counts the expert's ballots on this application (a revision supersedes, both kept).
   */
  public record Ballot(
      String roundId,
      String expertId,
      String applicationId,
      Map<String, BigDecimal> scores,
      ApprovalTally.Vote vote,
      long sequence,
      Instant castAt,
      String nonce) {
    public Ballot {
      Objects.requireNonNull(roundId, "roundId");
      Objects.requireNonNull(expertId, "expertId");
      Objects.requireNonNull(applicationId, "applicationId");
      Objects.requireNonNull(castAt, "castAt");
      scores = scores == null ? Map.of() : Map.copyOf(scores);
      if (scores.isEmpty() == (vote == null)) {
        throw new InvalidInput("selection.ballot.content", expertId, applicationId);
      }
      if (nonce == null || nonce.length() < 16) {
        throw new InvalidInput("selection.ballot.nonce", expertId, applicationId);
      }
    }
  }

  /** 128 random bits as hex, for {@link Ballot#nonce()}. */
  public static String newNonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  public static BallotReceipt of(Ballot ballot) {
    return new BallotReceipt(Sha256.hex(canonicalForm(ballot)));
  }

  public static String canonicalForm(Ballot ballot) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("format", FORMAT);
    form.put("roundId", ballot.roundId());
    form.put("expertId", ballot.expertId());
    form.put("applicationId", ballot.applicationId());
    form.put("scores", new TreeMap<>(ballot.scores()));
    form.put("vote", ballot.vote());
    form.put("sequence", ballot.sequence());
    form.put("castAt", ballot.castAt().truncatedTo(ChronoUnit.MILLIS));
    form.put("nonce", ballot.nonce());
    return CanonicalJson.write(form);
  }

  /** Whether this receipt was issued for {@code ballot}. */
  public boolean matches(Ballot ballot) {
    return of(ballot).equals(this);
  }
}
