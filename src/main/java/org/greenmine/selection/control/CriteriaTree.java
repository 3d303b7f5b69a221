package org.greenmine.selection.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greenmine.platform.control.InvalidInput;

/**
 * A campaign's evaluation indicators: first-level indicators, second-level indicators and the items
 * experts score, each with the points it is worth. Built only when consistent: every parent's
 * points are the sum of its children's, items are the leaves, and the first level adds up to the
 * campaign's total (100 in 2024, 1,000 in 2020).
 */
public final class CriteriaTree {
  public static final int ITEM_LEVEL = 3;

  /** The CSV header, in this order. */
  public static final String CSV_HEADER = "code,parent,level,name_zh,name_en,max_points";

  /** One indicator or item; {@code parentCode} is empty for a first-level indicator. */
  public record Criterion(
      String code,
      String parentCode,
      int level,
      String nameZh,
      String nameEn,
      BigDecimal maxPoints) {
    public Criterion {
      Objects.requireNonNull(code, "code");
      parentCode = parentCode == null ? "" : parentCode;
      Objects.requireNonNull(nameZh, "nameZh");
      Objects.requireNonNull(nameEn, "nameEn");
      Objects.requireNonNull(maxPoints, "maxPoints");
    }

    public boolean isItem() {
      return level == ITEM_LEVEL;
    }
  }

  private final List<Criterion> all;
  private final Map<String, Criterion> byCode;
  private final Map<String, List<Criterion>> children;
  private final List<Criterion> items;
  private final BigDecimal total;

  private CriteriaTree(List<Criterion> rows, BigDecimal expectedTotal) {
    Map<String, Criterion> index = new LinkedHashMap<>();
    for (Criterion row : rows) {
      if (row.code().isBlank()) {
        throw new InvalidInput("selection.criteria.code", row);
      }
      if (index.putIfAbsent(row.code(), row) != null) {
        throw new InvalidInput("selection.criteria.duplicate", row.code());
      }
      if (row.level() < 1 || row.level() > ITEM_LEVEL) {
        throw new InvalidInput("selection.criteria.level", row.code(), row.level());
      }
      if (row.maxPoints().signum() <= 0) {
        throw new InvalidInput("selection.criteria.points", row.code(), row.maxPoints());
      }
    }
    Map<String, List<Criterion>> kids = new LinkedHashMap<>();
    for (Criterion row : rows) {
      kids.put(row.code(), new ArrayList<>());
    }
    List<Criterion> roots = new ArrayList<>();
    for (Criterion row : rows) {
      if (row.level() == 1) {
        if (!row.parentCode().isEmpty()) {
          throw new InvalidInput("selection.criteria.parent", row.code(), row.parentCode());
        }
        roots.add(row);
        continue;
      }
      Criterion parent = index.get(row.parentCode());
      if (parent == null || parent.level() != row.level() - 1) {
        throw new InvalidInput("selection.criteria.parent", row.code(), row.parentCode());
      }
      kids.get(parent.code()).add(row);
    }
    for (Criterion row : rows) {
      List<Criterion> own = kids.get(row.code());
      if (own.isEmpty() != row.isItem()) {
        // an indicator without items, or an item with children
        throw new InvalidInput("selection.criteria.leaf", row.code(), row.level());
      }
      if (!own.isEmpty()) {
        BigDecimal sum = sum(own);
        if (sum.compareTo(row.maxPoints()) != 0) {
          throw new InvalidInput("selection.criteria.sum", row.code(), row.maxPoints(), sum);
        }
      }
    }
    BigDecimal sum = sum(roots);
    if (roots.isEmpty() || sum.compareTo(expectedTotal) != 0) {
      throw new InvalidInput("selection.criteria.total", expectedTotal, sum);
    }
    // parents before children, siblings in the order given
    List<Criterion> ordered = new ArrayList<>(rows.size());
    for (Criterion root : roots) {
      addDepthFirst(root, kids, ordered);
    }
    Map<String, List<Criterion>> frozen = new LinkedHashMap<>();
    kids.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
    this.all = List.copyOf(ordered);
    this.byCode = Collections.unmodifiableMap(index);
    this.children = Collections.unmodifiableMap(frozen);
    this.items = ordered.stream().filter(Criterion::isItem).toList();
    this.total = sum;
  }

  private static void addDepthFirst(
      Criterion node, Map<String, List<Criterion>> kids, List<Criterion> out) {
    out.add(node);
    for (Criterion child : kids.get(node.code())) {
      addDepthFirst(child, kids, out);
    }
  }

  private static BigDecimal sum(List<Criterion> rows) {
    return rows.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public static CriteriaTree of(List<Criterion> rows, BigDecimal expectedTotal) {
    return new CriteriaTree(List.copyOf(rows), Objects.requireNonNull(expectedTotal));
  }

  /**
   * Reads the CSV form ({@link #CSV_HEADER}; UTF-8 is the caller's reader's business). Blank lines
   * and lines starting with {@code #} are skipped; fields may be double-quoted, with {@code ""} for
   * a quote inside.
   */
  public static CriteriaTree fromCsv(Reader csv, BigDecimal expectedTotal) {
    List<Criterion> rows = new ArrayList<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    try (BufferedReader lines = new BufferedReader(csv)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = SimpleCsv.fields(line, lineNumber);
        if (!headerSeen) {
          if (!String.join(",", fields).equals(CSV_HEADER)) {
            throw new InvalidInput("selection.criteria.header", lineNumber, CSV_HEADER);
          }
          headerSeen = true;
          continue;
        }
        rows.add(row(fields, lineNumber));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!headerSeen) {
      throw new InvalidInput("selection.criteria.header", lineNumber, CSV_HEADER);
    }
    return of(rows, expectedTotal);
  }

  private static Criterion row(List<String> fields, int lineNumber) {
    if (fields.size() != 6) {
      throw new InvalidInput("selection.criteria.csv", lineNumber, fields.size());
    }
    try {
      return new Criterion(
          fields.get(0).strip(),
          fields.get(1).strip(),
          Integer.parseInt(fields.get(2).strip()),
          fields.get(3).strip(),
          fields.get(4).strip(),
          new BigDecimal(fields.get(5).strip()));
    } catch (NumberFormatException e) {
      throw new InvalidInput("selection.criteria.csv", lineNumber, fields.size());
    }
  }

  /** The sum of the first-level indicators' points. */
  public BigDecimal total() {
    return total;
  }

  /** Every indicator and item, parents before their children. */
  public List<Criterion> all() {
    return all;
  }

  public List<Criterion> indicators() {
    return all.stream().filter(c -> c.level() == 1).toList();
  }

  public List<Criterion> children(String code) {
    List<Criterion> own = children.get(code);
    if (own == null) {
      throw new InvalidInput("selection.criteria.unknown", code);
    }
    return own;
  }

  /** The scored items, in the tree's order. */
  public List<Criterion> items() {
    return items;
  }

  public Criterion item(String code) {
    Criterion found = byCode.get(code);
    if (found == null || !found.isItem()) {
      throw new InvalidInput("selection.criteria.unknownItem", code);
    }
    return found;
  }

  /**
   * The total of one expert's item scores, each checked to lie between 0 and the item's points;
   * every item must be scored and nothing else may be.
   */
  public BigDecimal totalOf(Map<String, BigDecimal> itemScores) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion item : items) {
      BigDecimal score = itemScores.get(item.code());
      if (score == null) {
        throw new InvalidInput("selection.score.missing", item.code());
      }
      if (score.signum() < 0 || score.compareTo(item.maxPoints()) > 0) {
        throw new InvalidInput("selection.score.range", item.code(), item.maxPoints(), score);
      }
      sum = sum.add(score);
    }
    if (itemScores.size() != items.size()) {
      for (String code : itemScores.keySet()) {
        item(code);
      }
    }
    return sum;
  }
}
