package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.ApprovalTally.Vote;
import org.greenmine.selection.control.BallotReceipt;
import org.greenmine.selection.control.BallotReceipt.Ballot;
import org.junit.jupiter.api.Test;

class BallotReceiptTest {
  private static final Instant CAST = Instant.parse("2025-09-01T02:03:04.123456789Z");
  private static final String NONCE = "00112233445566778899aabbccddeeff";

  private static Ballot scoring(Map<String, BigDecimal> scores) {
    return new Ballot("r1", "e7", "a42", scores, null, 2, CAST, NONCE);
  }

  @Test
  void theCanonicalFormIsSpelledOut() {
    Ballot ballot = scoring(Map.of("1.1.2", new BigDecimal("1.50"), "1.1.1", new BigDecimal("2")));
    assertThat(BallotReceipt.canonicalForm(ballot))
        .isEqualTo(
            "{\"applicationId\":\"a42\",\"castAt\":\"2025-09-01T02:03:04.123Z\","
                + "\"expertId\":\"e7\",\"format\":\"greenmine/ballot/1\","
                + "\"nonce\":\"00112233445566778899aabbccddeeff\",\"roundId\":\"r1\","
                + "\"scores\":{\"1.1.1\":\"2\",\"1.1.2\":\"1.5\"},\"sequence\":2,\"vote\":null}");
    BallotReceipt receipt = BallotReceipt.of(ballot);
    assertThat(receipt.sha256()).matches("[0-9a-f]{64}");
    assertThat(receipt.matches(ballot)).isTrue();
  }

  @Test
  void theSameBallotReadBackFromTheDatabaseGivesTheSameReceipt() {
    Ballot cast = scoring(Map.of("1.1.1", new BigDecimal("8.50")));
    Ballot stored =
        new Ballot(
            "r1",
            "e7",
            "a42",
            Map.of("1.1.1", new BigDecimal("8.5")),
            null,
            2,
            Instant.parse("2025-09-01T02:03:04.123Z"),
            NONCE);
    assertThat(BallotReceipt.of(stored)).isEqualTo(BallotReceipt.of(cast));
  }

  @Test
  void changingAnyFieldChangesTheReceipt() {
    Ballot vote = new Ballot("r1", "e7", "a42", null, Vote.YES, 1, CAST, NONCE);
    BallotReceipt receipt = BallotReceipt.of(vote);
    List<Ballot> others =
        List.of(
            new Ballot("r2", "e7", "a42", null, Vote.YES, 1, CAST, NONCE),
            new Ballot("r1", "e8", "a42", null, Vote.YES, 1, CAST, NONCE),
            new Ballot("r1", "e7", "a43", null, Vote.YES, 1, CAST, NONCE),
            new Ballot("r1", "e7", "a42", null, Vote.NO, 1, CAST, NONCE),
            new Ballot("r1", "e7", "a42", null, Vote.YES, 2, CAST, NONCE),
            new Ballot("r1", "e7", "a42", null, Vote.YES, 1, CAST.plusMillis(1), NONCE),
            new Ballot("r1", "e7", "a42", null, Vote.YES, 1, CAST, NONCE.replace('f', 'e')),
            new Ballot("r1", "e7", "a42", Map.of("1", BigDecimal.ONE), null, 1, CAST, NONCE));
    for (Ballot other : others) {
      assertThat(receipt.matches(other)).as(other.toString()).isFalse();
    }
  }

  @Test
  void aBallotHoldsScoresOrAVoteAndASecretNonce() {
    assertThatThrownBy(
            () ->
                new Ballot(
                    "r1", "e7", "a42", Map.of("1", BigDecimal.ONE), Vote.YES, 1, CAST, NONCE))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new Ballot("r1", "e7", "a42", Map.of(), null, 1, CAST, NONCE))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new Ballot("r1", "e7", "a42", null, Vote.NO, 1, CAST, "short"))
        .isInstanceOf(InvalidInput.class);
    assertThat(BallotReceipt.newNonce())
        .matches("[0-9a-f]{32}")
        .isNotEqualTo(BallotReceipt.newNonce());
  }
}
