package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.CriteriaTree;
import org.greenmine.selection.control.CriteriaTree.Criterion;
import org.junit.jupiter.api.Test;

class CriteriaTreeTest {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Path INDICATORS_2024 = Path.of("content/selection/indicators-2024.csv");

  private static final String SMALL =
      """
      # illustrative points: a test tree
      code,parent,level,name_zh,name_en,max_points

      A,,1,矿区环境,Mining-area environment,60
      A1,A,2,矿区绿化,Greening,60
      A1.1,A1,3,矿区绿化覆盖率,Green coverage rate,40
      A1.2,A1,3,道路绿化,"Roads, verges and haul routes",20
      B,,1,资源综合利用,Comprehensive utilisation,40
      B1,B,2,固废利用,Solid waste,40
      B1.1,B1,3,尾矿综合利用率,Tailings utilisation rate,25.5
      B1.2,B1,3,废石综合利用率,Waste-rock utilisation rate,14.5
      """;

  @Test
  void the2024IndicatorsHaveSixFirstLevelIndicators23SecondLevelAnd49Items() throws IOException {
    CriteriaTree tree;
    try (Reader in = Files.newBufferedReader(INDICATORS_2024, StandardCharsets.UTF_8)) {
      tree = CriteriaTree.fromCsv(in, HUNDRED);
    }
    assertThat(Files.readAllLines(INDICATORS_2024).get(0)).startsWith("# illustrative points:");
    assertThat(tree.total()).isEqualByComparingTo("100");
    assertThat(tree.indicators())
        .extracting(Criterion::nameEn)
        .containsExactly(
            "Mining-area environment",
            "Resource development mode",
            "Comprehensive utilisation of resources",
            "Green and low-carbon",
            "Ecological restoration and environmental governance",
            "Technology innovation and standardised management");
    assertThat(tree.all().stream().filter(c -> c.level() == 2)).hasSize(23);
    assertThat(tree.items()).hasSize(49);
    assertThat(tree.items())
        .extracting(Criterion::nameZh)
        .contains("矿区绿化覆盖率", "开采回采率", "选矿回收率", "尾矿综合利用率", "单位产品能耗", "矿井水利用率", "土地复垦率", "数字化矿山建设");
  }

  @Test
  void aSmallTreeIsReadWithCommentsBlankLinesAndQuotedCommas() {
    CriteriaTree tree = CriteriaTree.fromCsv(new StringReader(SMALL), HUNDRED);
    assertThat(tree.all())
        .extracting(Criterion::code)
        .containsExactly("A", "A1", "A1.1", "A1.2", "B", "B1", "B1.1", "B1.2");
    assertThat(tree.item("A1.2").nameEn()).isEqualTo("Roads, verges and haul routes");
    assertThat(tree.item("B1.1").maxPoints()).isEqualByComparingTo("25.5");
    assertThat(tree.children("A")).extracting(Criterion::code).containsExactly("A1");
    assertThat(tree.items())
        .extracting(Criterion::code)
        .containsExactly("A1.1", "A1.2", "B1.1", "B1.2");
    assertKey(() -> tree.item("A1"), "selection.criteria.unknownItem");
  }

  @Test
  void pointsMustAddUpAtEveryLevelAndToTheTotal() {
    assertKey(
        SMALL.replace("Green coverage rate,40", "Green coverage rate,41"),
        "selection.criteria.sum");
    assertKey(
        () -> CriteriaTree.fromCsv(new StringReader(SMALL), BigDecimal.valueOf(1000)),
        "selection.criteria.total");
  }

  @Test
  void structuralMistakesAreRefused() {
    assertKey(SMALL.replace("A1.2,A1,3", "A1.2,A9,3"), "selection.criteria.parent");
    assertKey(SMALL.replace("A1.2,A1,3", "A1.2,A,3"), "selection.criteria.parent");
    assertKey(SMALL.replace("B1.2,B1,3", "B1.1,B1,3"), "selection.criteria.duplicate");
    assertKey(SMALL.replace("A1.2,A1,3", "A1.2,A1,4"), "selection.criteria.level");
    assertKey(SMALL.replace("code,parent", "id,parent"), "selection.criteria.header");
    assertKey(
        SMALL.replace("Green coverage rate,40", "Green coverage rate,forty"),
        "selection.criteria.csv");
    // a second-level indicator without items
    assertKey(
        SMALL
            .replace("B1.1,B1,3,尾矿综合利用率,Tailings utilisation rate,25.5\n", "")
            .replace("B1.2,B1,3,废石综合利用率,Waste-rock utilisation rate,14.5\n", ""),
        "selection.criteria.leaf");
  }

  @Test
  void anExpertsItemScoresAddUpWhenEachIsWithinItsPoints() {
    CriteriaTree tree = CriteriaTree.fromCsv(new StringReader(SMALL), HUNDRED);
    Map<String, BigDecimal> scores = new HashMap<>();
    scores.put("A1.1", new BigDecimal("38.5"));
    scores.put("A1.2", new BigDecimal("20"));
    scores.put("B1.1", new BigDecimal("0"));
    scores.put("B1.2", new BigDecimal("12.25"));
    assertThat(tree.totalOf(scores)).isEqualByComparingTo("70.75");

    scores.put("B1.2", new BigDecimal("14.51"));
    assertKey(() -> tree.totalOf(scores), "selection.score.range");
    scores.put("B1.2", new BigDecimal("-1"));
    assertKey(() -> tree.totalOf(scores), "selection.score.range");
    scores.remove("B1.2");
    assertKey(() -> tree.totalOf(scores), "selection.score.missing");
    scores.put("B1.2", BigDecimal.ONE);
    scores.put("B1", BigDecimal.ONE);
    assertKey(() -> tree.totalOf(scores), "selection.criteria.unknownItem");
  }

  private static void assertKey(String csv, String key) {
    assertKey(() -> CriteriaTree.fromCsv(new StringReader(csv), HUNDRED), key);
  }

  private static void assertKey(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }
}
