package org.greenmine.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.greenmine.audit.control.ChainReport.Outcome;
import org.greenmine.audit.control.HashChain.Content;
import org.greenmine.audit.control.HashChain.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HashChainTest {
  private static final Content BALLOT =
      new Content(
          1_700_000_000_000L,
          "admin",
          "ballot.cast",
          "ballot:55",
          HashChain.details(Map.of("尾矿", "干排", "score", "87.5")));

  @Test
  void theFirstEventFollowsSixtyFourZeros() {
    assertThat(HashChain.GENESIS).hasSize(64).matches("0+");
  }

  @Test
  void detailsAreAJsonObjectWithSortedKeysAndEscapedText() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("round", "2");
    details.put("comment", "said \"no\"\\\n\tand\u0000left");
    details.put("applicant", "马钢");
    assertThat(HashChain.details(details))
        .isEqualTo(
            "{\"applicant\":\"马钢\",\"comment\":\"said \\\"no\\\"\\\\\\u000a\\u0009and\\u0000left\","
                + "\"round\":\"2\"}");
    assertThat(HashChain.details(Map.of())).isEqualTo("{}");
    assertThat(HashChain.details(null)).isEqualTo("{}");
  }

  @Test
  void detailsThatOnlyLookAlikeStayApart() {
    assertThat(HashChain.details(Map.of("a", "1\",\"b\":\"2")))
        .isNotEqualTo(HashChain.details(Map.of("a", "1", "b", "2")));
    assertThat(HashChain.details(Map.of("a:b", "c")))
        .isNotEqualTo(HashChain.details(Map.of("a", "b:c")));
  }

  @Test
  void aDetailWithoutAValueIsRefused() {
    Map<String, String> details = new HashMap<>();
    details.put("reason", null);
    assertThatThrownBy(() -> HashChain.details(details))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCanonicalFormPrefixesEveryFieldWithItsLengthInUtf8Bytes() {
    assertThat(HashChain.canonical(BALLOT))
        .isEqualTo(
            "13:1700000000000,5:admin,11:ballot.cast,9:ballot:55,34:{\"score\":\"87.5\",\"尾矿\":\"干排\"},");
  }

  @Test
  void theHashIsSha256OfThePreviousHashAndTheCanonicalForm() {
    // computed independently: sha256(("0" * 64 + canonical).encode("utf-8")) in Python
    assertThat(HashChain.hash(HashChain.GENESIS, BALLOT))
        .isEqualTo("4d998a57d7f88c97cf8adb26d661ee128bb11a8896e532b09ddb7100d446c9f1");
  }

  @Test
  void fieldsThatShareTheirCharactersDifferentlyGiveDifferentForms() {
    Content a = new Content(12, "ab", "c", "d", "{}");
    Content b = new Content(12, "a", "bc", "d", "{}");
    Content c = new Content(1, "2ab", "c", "d", "{}");
    Content d = new Content(12, "ab", "c,1:d", "", "{}");
    assertThat(List.of(a, b, c, d).stream().map(HashChain::canonical).distinct()).hasSize(4);
    assertThat(HashChain.hash(HashChain.GENESIS, a))
        .isNotEqualTo(HashChain.hash(HashChain.GENESIS, b));
  }

  @Test
  void noTwoDifferentEventsShareACanonicalForm() {
    // short fields over an alphabet of the separators themselves, where an ambiguous form would
    // collide quickly
    Random random = new Random(20260501);
    String alphabet = "1:,{}\"\\a尾";
    Map<String, Content> seen = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      Content content =
          new Content(
              random.nextInt(12),
              word(random, alphabet),
              word(random, alphabet),
              word(random, alphabet),
              word(random, alphabet));
      Content earlier = seen.putIfAbsent(HashChain.canonical(content), content);
      if (earlier != null) {
        assertThat(earlier).isEqualTo(content);
      }
    }
  }

  @Test
  void textThatIsNotWellFormedUnicodeIsRefused() {
    // a lone surrogate has no UTF-8 encoding: hashing it would make it equal to "?"
    assertThatThrownBy(() -> HashChain.details(Map.of("k", "a\uD800")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HashChain.canonical(new Content(1, "a\uDC00", "t", "s", "{}")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPreviousHashMustBeSixtyFourLowerCaseHexDigits() {
    assertThatThrownBy(() -> HashChain.hash("ABC", BALLOT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HashChain.hash(HashChain.GENESIS.toUpperCase() + "x", BALLOT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUntouchedChainIsIntactAndEndsAtItsHead() {
    List<Link> chain = chain(6);
    HashChain.Walk walk = walk(chain);
    Link last = chain.get(5);
    assertThat(walk.finish(6, last.hash(), last.id())).isEqualTo(ChainReport.intact(6));
    assertThat(walk(List.of()).finish(0, HashChain.GENESIS, 0)).isEqualTo(ChainReport.intact(0));
  }

  /** Each field of each event, changed in place: the walk names that event. */
  static Stream<Arguments> tamperedFields() {
    return Stream.of("occurredAt", "actor", "eventType", "subject", "details", "hash")
        .flatMap(field -> IntStream.range(0, 6).mapToObj(i -> Arguments.of(field, i)));
  }

  @ParameterizedTest(name = "{0} of event {1}")
  @MethodSource("tamperedFields")
  void changingAnyFieldOfAnEventBreaksTheChainAtThatEvent(String field, int index) {
    List<Link> chain = chain(6);
    chain.set(index, tamper(field, chain.get(index)));
    assertThat(walk(chain).report())
        .isEqualTo(new ChainReport(Outcome.CONTENT_ALTERED, index + 1, chain.get(index).id()));
  }

  private static Link tamper(String field, Link link) {
    Content c = link.content();
    Content changed =
        switch (field) {
          case "occurredAt" ->
              new Content(c.occurredAt() + 1, c.actor(), c.eventType(), c.subject(), c.details());
          case "actor" ->
              new Content(c.occurredAt(), "mallory", c.eventType(), c.subject(), c.details());
          case "eventType" ->
              new Content(c.occurredAt(), c.actor(), "ballot.revoked", c.subject(), c.details());
          case "subject" ->
              new Content(c.occurredAt(), c.actor(), c.eventType(), "ballot:56", c.details());
          case "details" ->
              new Content(
                  c.occurredAt(), c.actor(), c.eventType(), c.subject(), "{\"score\":\"1\"}");
          default -> c;
        };
    String hash = field.equals("hash") ? HashChain.hash("f".repeat(64), c) : link.hash();
    return new Link(link.id(), changed, link.previousHash(), hash);
  }

  @Test
  void aChangedPreviousHashBreaksTheLinkAtThatEvent() {
    for (int index = 0; index < 6; index++) {
      List<Link> chain = chain(6);
      Link link = chain.get(index);
      chain.set(index, new Link(link.id(), link.content(), "f".repeat(64), link.hash()));
      assertThat(walk(chain).report())
          .isEqualTo(new ChainReport(Outcome.LINK_BROKEN, index + 1, link.id()));
    }
  }

  @Test
  void anEventRewrittenWithAFreshHashBreaksTheLinkOfTheNextOne() {
    List<Link> chain = chain(6);
    Link original = chain.get(2);
    Content forged =
        new Content(
            original.content().occurredAt(),
            original.content().actor(),
            original.content().eventType(),
            original.content().subject(),
            "{\"score\":\"100\"}");
    chain.set(
        2,
        new Link(
            original.id(),
            forged,
            original.previousHash(),
            HashChain.hash(original.previousHash(), forged)));
    assertThat(walk(chain).report())
        .isEqualTo(new ChainReport(Outcome.LINK_BROKEN, 4, chain.get(3).id()));
  }

  @Test
  void aRemovedEventBreaksTheLinkOfTheNextOne() {
    List<Link> chain = chain(6);
    chain.remove(3);
    assertThat(walk(chain).report())
        .isEqualTo(new ChainReport(Outcome.LINK_BROKEN, 4, chain.get(3).id()));
  }

  @Test
  void removedNewestEventsLeaveTheChainShortOfItsHead() {
    List<Link> chain = chain(6);
    Link last = chain.remove(5);
    assertThat(walk(chain).finish(6, last.hash(), last.id()))
        .isEqualTo(new ChainReport(Outcome.END_MISSING, 5, last.id()));
  }

  @Test
  void theWalkReportsTheFirstBreakAndStopsThere() {
    List<Link> chain = chain(6);
    for (int index : new int[] {4, 1}) {
      Link link = chain.get(index);
      chain.set(index, new Link(link.id(), link.content(), link.previousHash(), "0".repeat(64)));
    }
    HashChain.Walk walk = new HashChain.Walk();
    List<Boolean> accepted = chain.stream().map(walk::accept).toList();
    assertThat(accepted).containsExactly(true, false, false, false, false, false);
    assertThat(walk.finish(6, chain.get(5).hash(), chain.get(5).id()))
        .isEqualTo(new ChainReport(Outcome.CONTENT_ALTERED, 2, chain.get(1).id()));
  }

  /** A correct chain of events with ids 101, 102, … (ids need not start at 1). */
  private static List<Link> chain(int length) {
    List<Link> chain = new ArrayList<>();
    String previous = HashChain.GENESIS;
    for (int i = 0; i < length; i++) {
      Content content =
          new Content(
              1_700_000_000_000L + i * 1000L,
              i % 2 == 0 ? "expert-" + i : "public",
              "ballot.cast",
              "ballot:" + (50 + i),
              HashChain.details(Map.of("score", String.valueOf(80 + i))));
      String hash = HashChain.hash(previous, content);
      chain.add(new Link(101 + i, content, previous, hash));
      previous = hash;
    }
    return chain;
  }

  private static HashChain.Walk walk(List<Link> chain) {
    HashChain.Walk walk = new HashChain.Walk();
    chain.forEach(walk::accept);
    return walk;
  }

  private static String word(Random random, String alphabet) {
    int length = random.nextInt(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return word.toString();
  }
}
