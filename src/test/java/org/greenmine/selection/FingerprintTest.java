package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenmine.selection.control.Advancement;
import org.greenmine.selection.control.ApprovalTally;
import org.greenmine.selection.control.CriteriaTree;
import org.greenmine.selection.control.Fingerprint;
import org.greenmine.selection.control.Fingerprint.RoundSetup;
import org.greenmine.selection.control.Fraction;
import org.greenmine.selection.control.ScoreAggregation;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  private static final CriteriaTree TREE =
      CriteriaTree.fromCsv(
          new StringReader(
              """
              code,parent,level,name_zh,name_en,max_points
              1,,1,矿区环境,Mining-area environment,100
              1.1,1,2,矿区绿化,Greening,100
              1.1.1,1.1,3,矿区绿化覆盖率,Green coverage rate,100
              """),
          BigDecimal.valueOf(100));

  private static final ScoreAggregation SCORING =
      new ScoreAggregation(
          ScoreAggregation.Method.TRIMMED_MEAN, ScoreAggregation.Normalisation.Z_SCORE, 3);

  private static final Advancement TOP_30 =
      new Advancement(
          new Advancement.Top(30),
          Advancement.TiePolicy.TIE_BREAK,
          Advancement.ProvinceQuota.atMost(25));

  private static RoundSetup setup(
      List<String> experts, List<String> applications, Map<String, List<String>> panels) {
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    panels.forEach((a, p) -> sets.put(a, new LinkedHashSet<>(p)));
    return new RoundSetup(
        "2025-national-scoring",
        new LinkedHashSet<>(experts),
        new LinkedHashSet<>(applications),
        sets,
        SCORING,
        TREE,
        null,
        TOP_30);
  }

  private static final RoundSetup SETUP =
      setup(
          List.of("e1", "e2", "e3"),
          List.of("a1", "a2"),
          Map.of("a1", List.of("e1", "e2"), "a2", List.of("e2", "e3")));

  @Test
  void theCanonicalFormIsSpelledOut() {
    assertThat(Fingerprint.of(SETUP).canonicalForm())
        .isEqualTo(
            "{\"advancement\":{\"cut\":{\"top\":30},\"quota\":{\"maxPerProvince\":25,"
                + "\"maxShare\":\"1/1\"},\"tiePolicy\":\"TIE_BREAK\"},"
                + "\"applications\":[\"a1\",\"a2\"],\"approval\":null,"
                + "\"criteria\":{\"nodes\":["
                + "{\"code\":\"1\",\"level\":1,\"maxPoints\":\"100\",\"parent\":\"\"},"
                + "{\"code\":\"1.1\",\"level\":2,\"maxPoints\":\"100\",\"parent\":\"1\"},"
                + "{\"code\":\"1.1.1\",\"level\":3,\"maxPoints\":\"100\",\"parent\":\"1.1\"}],"
                + "\"total\":\"100\"},"
                + "\"experts\":[\"e1\",\"e2\",\"e3\"],\"format\":\"greenmine/round-setup/1\","
                + "\"panels\":{\"a1\":[\"e1\",\"e2\"],\"a2\":[\"e2\",\"e3\"]},"
                + "\"roundId\":\"2025-national-scoring\","
                + "\"scoring\":{\"method\":\"TRIMMED_MEAN\",\"minimumScores\":3,"
                + "\"normalisation\":\"Z_SCORE\"}}");
  }

  @Test
  void theFingerprintIsStableAcrossRunsAndOrders() {
    Fingerprint fingerprint = Fingerprint.of(SETUP);
    assertThat(fingerprint.sha256()).hasSize(64).matches("[0-9a-f]{64}");
    RoundSetup reordered =
        setup(
            List.of("e3", "e1", "e2"),
            List.of("a2", "a1"),
            Map.of("a2", List.of("e3", "e2"), "a1", List.of("e2", "e1")));
    assertThat(Fingerprint.of(reordered)).isEqualTo(fingerprint);
    // pinned: a change of the canonical form is a change of format and must bump its version
    assertThat(fingerprint.sha256())
        .isEqualTo("34fb3bdb51cdc7bc35f06f3c9cc2dc37f8c955f08e9fea93a0d0d520e568723c");
  }

  @Test
  void anyChangeToWhatDecidesChangesTheFingerprint() {
    String original = Fingerprint.of(SETUP).sha256();
    List<RoundSetup> changed =
        List.of(
            setup(
                List.of("e1", "e2", "e4"),
                List.of("a1", "a2"),
                Map.of("a1", List.of("e1", "e2"), "a2", List.of("e2", "e4"))),
            setup(
                List.of("e1", "e2", "e3"),
                List.of("a1", "a2"),
                Map.of("a1", List.of("e1", "e3"), "a2", List.of("e2", "e3"))),
            new RoundSetup(
                "2025-national-scoring",
                SETUP.experts(),
                SETUP.applications(),
                SETUP.panels(),
                new ScoreAggregation(
                    ScoreAggregation.Method.MEDIAN, ScoreAggregation.Normalisation.Z_SCORE, 3),
                TREE,
                null,
                TOP_30),
            new RoundSetup(
                "2025-national-scoring",
                SETUP.experts(),
                SETUP.applications(),
                SETUP.panels(),
                SCORING,
                TREE,
                null,
                new Advancement(
                    new Advancement.Top(31),
                    Advancement.TiePolicy.TIE_BREAK,
                    Advancement.ProvinceQuota.atMost(25))),
            new RoundSetup(
                "2025-national-approval",
                SETUP.experts(),
                SETUP.applications(),
                SETUP.panels(),
                null,
                null,
                new ApprovalTally(Fraction.of(2, 3), Fraction.of(2, 3)),
                null));
    for (RoundSetup setup : changed) {
      assertThat(Fingerprint.of(setup).sha256()).isNotEqualTo(original);
    }
  }
}
