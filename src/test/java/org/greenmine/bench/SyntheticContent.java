package org.greenmine.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.content.control.BilingualText;
import org.greenmine.search.control.IndexDocument;
import org.greenmine.search.control.UserText;
import org.jsoup.Jsoup;

/**
 * Synthetic bilingual technologies and cases built from the mining thesaurus: item {@code i} is
 * always the same for a given seed (each item has its own random generator), so the database rows
 * and the raw Solr documents of the baseline can be produced independently and still be identical.
 * Even items are technologies, odd items cases. Values are skewed (a few categories, minerals,
 * provinces and terms are common, most are rare) so facets and relevance look like real content.
 */
final class SyntheticContent {
  /** An association as the database holds it (id, code, its region or null). */
  record Association(long id, String code, String regionCode) {}

  /** A province of the region table. */
  record Province(String code, String nameZh, String nameEn) {}

  record Term(String zh, String en) {}

  /** Everything one generated item needs, for its database rows and for its index document. */
  record Item(
      int index,
      long id,
      boolean technology,
      String slug,
      Association association,
      String titleZh,
      String titleEn,
      String summaryZh,
      String summaryEn,
      String markdown,
      String html,
      Instant publishedAt,
      // technology
      String category,
      List<String> minerals,
      String miningMethod,
      String maturity,
      int trl,
      String holder,
      String contact,
      String batch,
      List<String> indicators,
      // case
      String mine,
      String enterprise,
      String regionCode,
      String scale,
      List<String> figures,
      Integer year) {

    String kindColumn() {
      return technology ? "TECHNOLOGY" : "CASE";
    }

    String indexKind() {
      return technology ? "technology" : "case";
    }

    String key() {
      return indexKind() + "-" + id;
    }

    String url() {
      return (technology ? "/technologies/" : "/cases/") + slug;
    }

    /** The searchable text's size in UTF-8: titles, summaries and body. */
    int textBytes() {
      return (titleZh + titleEn + summaryZh + summaryEn + markdown)
          .getBytes(StandardCharsets.UTF_8)
          .length;
    }
  }

  static final String[] CATEGORIES = {
    "MINERAL_PROCESSING",
    "MINING",
    "COMPREHENSIVE_UTILISATION",
    "GREEN_LOW_CARBON",
    "DIGITAL_INTELLIGENT",
    "GEOLOGICAL_EXPLORATION"
  };
  private static final String[] METHODS = {"UNDERGROUND", "OPEN_PIT", "BOTH", "NOT_APPLICABLE"};
  private static final String[] METHODS_ZH = {"地下", "露天", "露天和地下", "各类"};
  private static final String[] METHODS_EN = {
    "underground", "open-pit", "surface and underground", "all"
  };
  private static final String[] MATURITY = {"PROMOTION", "DEMONSTRATION", "PILOT"};
  private static final int[][] TRL = {{8, 9}, {6, 8}, {4, 6}};
  private static final String[] SCALES = {"MEDIUM", "LARGE", "SMALL"};

  /** Facet value, Chinese name of the mine type. The values are those of the seed content. */
  static final String[][] MINERALS = {
    {"coal", "煤矿"},
    {"iron", "铁矿"},
    {"copper", "铜矿"},
    {"gold", "金矿"},
    {"limestone", "石灰石矿"},
    {"lead-zinc", "铅锌矿"},
    {"phosphate", "磷矿"},
    {"tungsten", "钨矿"},
    {"molybdenum", "钼矿"},
    {"granite", "花岗岩矿"},
    {"fluorite", "萤石矿"},
    {"graphite", "石墨矿"},
    {"lithium", "锂矿"},
    {"tin", "锡矿"},
    {"bauxite", "铝土矿"},
    {"rare-earth", "稀土矿"},
    {"nickel", "镍矿"},
    {"potash", "钾盐矿"}
  };

  private static final String[][] PLACES = {
    {"金河", "Jinhe"}, {"青山", "Qingshan"}, {"龙泉", "Longquan"}, {"东胜", "Dongsheng"},
    {"西峰", "Xifeng"}, {"南岭", "Nanling"}, {"北岗", "Beigang"}, {"安平", "Anping"},
    {"兴华", "Xinghua"}, {"新泰", "Xintai"}, {"丰源", "Fengyuan"}, {"宝山", "Baoshan"},
    {"红石", "Hongshi"}, {"白云", "Baiyun"}, {"黑水", "Heishui"}, {"长岭", "Changling"},
    {"大冶", "Daye"}, {"德兴", "Dexing"}, {"云岭", "Yunling"}, {"石门", "Shimen"},
    {"平川", "Pingchuan"}, {"清河", "Qinghe"}, {"汇源", "Huiyuan"}, {"永安", "Yong'an"},
    {"银山", "Yinshan"}, {"铜岭", "Tongling"}, {"鹤岗", "Hegang"}, {"松林", "Songlin"},
    {"凤凰", "Fenghuang"}, {"天桥", "Tianqiao"}, {"岩口", "Yankou"}, {"花溪", "Huaxi"}
  };

  /** Indicator: Chinese, English, figure key, whether a lower value is better. */
  private static final String[][] EFFECTS = {
    {"吨矿综合能耗", "energy use per tonne", "energy_per_tonne", "down"},
    {"选矿回收率", "processing recovery", "processing_recovery", "up"},
    {"尾矿利用率", "tailings utilisation", "utilisation_rate", "up"},
    {"开采回采率", "mining recovery", "mining_recovery", "up"},
    {"选矿回水利用率", "process water reuse", "water_reuse", "up"},
    {"作业场所粉尘浓度", "workplace dust concentration", "dust", "down"},
    {"吨矿碳排放", "carbon emissions per tonne", "carbon_per_tonne", "down"},
    {"复垦率", "land reclamation rate", "reclamation_rate", "up"}
  };

  private final long seed;
  private final long firstId;
  private final List<Association> associations;
  private final List<Province> provinces;
  private final Map<String, Province> provinceByCode = new HashMap<>();
  private final List<Term> terms;
  private final Instant epoch = Instant.parse("2015-01-01T00:00:00Z");

  SyntheticContent(
      long seed, long firstId, List<Association> associations, List<Province> provinces) {
    this.seed = seed;
    this.firstId = firstId;
    this.associations = List.copyOf(associations);
    this.provinces = List.copyOf(provinces);
    provinces.forEach(p -> provinceByCode.put(p.code(), p));
    this.terms = thesaurusTerms();
    if (associations.isEmpty() || provinces.isEmpty() || terms.size() < 20) {
      throw new IllegalStateException(
          "need associations, provinces and the thesaurus: "
              + associations.size()
              + ", "
              + provinces.size()
              + ", "
              + terms.size());
    }
  }

  /** The thesaurus's concepts with a Chinese and an English name: the generator's vocabulary. */
  static List<Term> thesaurusTerms() {
    String resource = "org/greenmine/search/configset/thesaurus.txt";
    try (InputStream in = SyntheticContent.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      List<Term> terms = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        String zh = null;
        String en = null;
        for (String part : content.split(",")) {
          String term = part.strip();
          if (zh == null && UserText.hasChinese(term)) {
            zh = term;
          } else if (en == null && !UserText.hasChinese(term) && term.length() > 3) {
            en = term;
          }
        }
        if (zh != null && en != null && seen.add(zh)) {
          terms.add(new Term(zh, en));
        }
      }
      return terms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Term> terms() {
    return terms;
  }

  long idOf(int index) {
    return firstId + index;
  }

  Item item(int index) {
    Random r = new Random(seed * 1_000_003L + index);
    boolean technology = index % 2 == 0;
    long id = idOf(index);
    Association association = skewed(associations, r);
    String[] mineral = skewed(MINERALS, r);
    int method = technology ? skewedIndex(METHODS.length, r) : r.nextInt(2);
    Term t1 = skewed(terms, r);
    Term t2 = other(t1, r);
    Term t3 = other(t1, r);
    Term t4 = other(t2, r);
    Term t5 = other(t3, r);
    String[] place = PLACES[r.nextInt(PLACES.length)];
    String[] effect = EFFECTS[r.nextInt(EFFECTS.length)];
    int before = 20 + r.nextInt(60);
    int after = "down".equals(effect[3]) ? before - 3 - r.nextInt(15) : before + 3 + r.nextInt(20);
    int projectYear = 2015 + r.nextInt(11);
    Province province =
        association.regionCode() != null && r.nextInt(3) > 0
            ? provinceByCode.getOrDefault(
                new RegionCode(association.regionCode()).province().value(), skewed(provinces, r))
            : skewed(provinces, r);
    Instant publishedAt =
        epoch.plusSeconds((long) r.nextInt(11 * 365) * 86_400 + r.nextInt(86_400));

    String titleZh;
    String titleEn;
    String summaryZh;
    String summaryEn;
    String change = "down".equals(effect[3]) ? "降低" : "提高";
    String changeEn = "down".equals(effect[3]) ? "fell" : "rose";
    if (technology) {
      String suffix = new String[] {"技术", "工艺", "成套技术", "关键技术", "装备与工艺", "系统"}[r.nextInt(6)];
      titleZh =
          switch (r.nextInt(3)) {
            case 0 -> mineral[1] + t1.zh() + "与" + t2.zh() + suffix;
            case 1 -> "基于" + t1.zh() + "的" + t2.zh() + suffix;
            default -> t1.zh() + t2.zh() + "协同" + suffix;
          };
      titleEn =
          switch (r.nextInt(3)) {
            case 0 -> capital(t1.en()) + " and " + t2.en() + " for " + mineral[0] + " mines";
            case 1 -> capital(t2.en()) + " based on " + t1.en();
            default -> capital(t1.en()) + " with integrated " + t2.en();
          };
      summaryZh =
          "针对"
              + mineral[1]
              + t3.zh()
              + "中的突出问题，将"
              + t1.zh()
              + "与"
              + t2.zh()
              + "相结合，"
              + effect[0]
              + "由 "
              + before
              + " % "
              + change
              + "到 "
              + after
              + " %。";
      summaryEn =
          "Combines "
              + t1.en()
              + " with "
              + t2.en()
              + " to address "
              + t3.en()
              + " at "
              + mineral[0]
              + " mines; "
              + effect[1]
              + " "
              + changeEn
              + " from "
              + before
              + " % to "
              + after
              + " %.";
    } else {
      titleZh =
          province.nameZh()
              + place[0]
              + mineral[1]
              + t1.zh()
              + "与"
              + t2.zh()
              + (r.nextBoolean() ? "绿色矿山建设案例" : "实践");
      titleEn =
          capital(t1.en())
              + " and "
              + t2.en()
              + " at the "
              + place[1]
              + " "
              + mineral[0]
              + " mine, "
              + province.nameEn();
      summaryZh =
          place[0]
              + mineral[1]
              + "以"
              + t1.zh()
              + "为核心，配套"
              + t2.zh()
              + "和"
              + t3.zh()
              + "，"
              + effect[0]
              + "由 "
              + before
              + " % "
              + change
              + "到 "
              + after
              + " %。";
      summaryEn =
          "The "
              + place[1]
              + " "
              + mineral[0]
              + " mine built on "
              + t1.en()
              + " together with "
              + t2.en()
              + " and "
              + t3.en()
              + "; "
              + effect[1]
              + " "
              + changeEn
              + " from "
              + before
              + " % to "
              + after
              + " %.";
    }
    String zh1 =
        "该"
            + (technology ? "技术" : "矿山")
            + "将"
            + t1.zh()
            + "与"
            + t2.zh()
            + "相结合，适用于"
            + province.nameZh()
            + "等地的"
            + METHODS_ZH[method]
            + mineral[1]
            + "。主要设备包括"
            + t4.zh()
            + "系统和"
            + t5.zh()
            + "装置。";
    String zh2 =
        "在 "
            + projectYear
            + " 年的工程应用中，"
            + effect[0]
            + "由 "
            + before
            + " % "
            + change
            + "到 "
            + after
            + " %，"
            + t3.zh()
            + "明显改善，矿区"
            + t5.zh()
            + "得到加强，符合绿色矿山建设要求。";
    String en =
        "The "
            + (technology ? "technology" : "mine")
            + " combines "
            + t1.en()
            + " with "
            + t2.en()
            + " for "
            + METHODS_EN[method]
            + " "
            + mineral[0]
            + " mines in "
            + province.nameEn()
            + ". Main equipment: a "
            + t4.en()
            + " system and "
            + t5.en()
            + " units. In a "
            + projectYear
            + " project "
            + effect[1]
            + " "
            + changeEn
            + " from "
            + before
            + " % to "
            + after
            + " % and "
            + t3.en()
            + " improved markedly.";
    String heading = technology ? "原理" : "主要措施";
    String markdown =
        "## " + heading + "\n\n" + zh1 + "\n\n## 实施效果\n\n" + zh2 + "\n\n## English\n\n" + en + "\n";
    String html =
        "<h2>"
            + heading
            + "</h2>\n<p>"
            + zh1
            + "</p>\n<h2>实施效果</h2>\n<p>"
            + zh2
            + "</p>\n<h2 id=\"english\">English</h2>\n<p>"
            + en
            + "</p>\n";

    if (technology) {
      int maturity = skewedIndex(MATURITY.length, r);
      int trl = TRL[maturity][0] + r.nextInt(TRL[maturity][1] - TRL[maturity][0] + 1);
      List<String> minerals = new ArrayList<>(List.of(mineral[0]));
      for (int extra = r.nextInt(3); extra > 0; extra--) {
        String next = skewed(MINERALS, r)[0];
        if (!minerals.contains(next)) {
          minerals.add(next);
        }
      }
      return new Item(
          index,
          id,
          true,
          String.format(Locale.ROOT, "bench-t-%06d", index),
          association,
          titleZh,
          titleEn,
          summaryZh,
          summaryEn,
          markdown,
          html,
          publishedAt,
          CATEGORIES[skewedIndex(CATEGORIES.length, r)],
          minerals,
          METHODS[method],
          MATURITY[maturity],
          trl,
          place[0] + "矿业技术研究院",
          "bench" + index + "@example.com",
          String.valueOf(2018 + r.nextInt(8)),
          List.of(effect[2] + "=" + after + " %"),
          null,
          null,
          null,
          null,
          List.of(),
          null);
    }
    return new Item(
        index,
        id,
        false,
        String.format(Locale.ROOT, "bench-c-%06d", index),
        association,
        titleZh,
        titleEn,
        summaryZh,
        summaryEn,
        markdown,
        html,
        publishedAt,
        null,
        List.of(mineral[0]),
        METHODS[method],
        null,
        0,
        null,
        null,
        null,
        List.of(),
        place[0] + mineral[1],
        place[0] + mineral[1].substring(0, mineral[1].length() - 1) + "矿业有限公司",
        province.code(),
        SCALES[skewedIndex(SCALES.length, r)],
        List.of(effect[2] + "=" + before + "->" + after + " %"),
        projectYear);
  }

  /**
   * The item as the portal's search feed turns a published document into an index document ({@code
   * SearchFeed.indexed}): the body's HTML as text, split into its Chinese and English halves, the
   * summary first; facets from the association, the item and its year.
   */
  static IndexDocument indexDocument(Item item) {
    BilingualText text = BilingualText.split(Jsoup.parse(item.html()).wholeText());
    Map<String, List<String>> facets = new HashMap<>();
    facets.put("association", List.of(item.association().code()));
    if (item.association().regionCode() != null) {
      facets.put(
          "province", List.of(new RegionCode(item.association().regionCode()).province().value()));
    }
    Integer year = null;
    if (item.technology()) {
      facets.put("category", List.of(item.category()));
      facets.put("minerals", item.minerals());
      facets.put("mining_method", List.of(item.miningMethod()));
      facets.put("maturity", List.of(item.maturity()));
      if (item.batch() != null && item.batch().matches("\\d{4}")) {
        year = Integer.valueOf(item.batch());
      }
    } else {
      if (item.miningMethod() != null) {
        facets.put("mining_method", List.of(item.miningMethod()));
      }
      if (item.regionCode() != null) {
        facets.put("province", List.of(new RegionCode(item.regionCode()).province().value()));
      }
      if (!item.minerals().isEmpty()) {
        facets.put("minerals", List.of(item.minerals().get(0)));
      }
      year = item.year();
    }
    if (year == null && item.publishedAt() != null) {
      year = item.publishedAt().atZone(ZoneOffset.UTC).getYear();
    }
    if (year != null) {
      facets.put("year", List.of(String.valueOf(year)));
    }
    facets.values().removeIf(List::isEmpty);
    return new IndexDocument(
        item.key(),
        item.indexKind(),
        item.url(),
        item.titleZh(),
        item.titleEn(),
        item.summaryZh() + "\n" + text.chinese(),
        item.summaryEn() + "\n" + text.english(),
        facets,
        "1",
        item.publishedAt());
  }

  private Term other(Term not, Random r) {
    Term t = skewed(terms, r);
    return t.equals(not) ? terms.get(r.nextInt(terms.size())) : t;
  }

  /** Low indexes much more often than high ones (roughly a power law). */
  private static int skewedIndex(int size, Random r) {
    double u = r.nextDouble();
    return Math.min(size - 1, (int) (size * u * u));
  }

  private static <T> T skewed(List<T> values, Random r) {
    // a third of the picks uniform, so the long tail is present too
    return r.nextInt(3) == 0
        ? values.get(r.nextInt(values.size()))
        : values.get(skewedIndex(values.size(), r));
  }

  private static <T> T skewed(T[] values, Random r) {
    return skewed(List.of(values), r);
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
