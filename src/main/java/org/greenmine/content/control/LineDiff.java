package org.greenmine.content.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts line by line (longest common subsequence), as a curator reads it
 * in the history: kept, removed and added lines in order.
 */
public final class LineDiff {
  private static final int MAX_LINES = 5_000;

  public enum Change {
    KEPT,
    REMOVED,
    ADDED
  }

  public record Line(Change change, String text) {}

  private LineDiff() {}

  public static List<Line> between(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    if (a.length > MAX_LINES || b.length > MAX_LINES) {
      // too long to compare line by line in a request: show it as replaced
      List<Line> all = new ArrayList<>();
      for (String line : a) {
        all.add(new Line(Change.REMOVED, line));
      }
      for (String line : b) {
        all.add(new Line(Change.ADDED, line));
      }
      return all;
    }
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> diff = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        diff.add(new Line(Change.KEPT, a[i]));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        diff.add(new Line(Change.REMOVED, a[i++]));
      } else {
        diff.add(new Line(Change.ADDED, b[j++]));
      }
    }
    while (i < a.length) {
      diff.add(new Line(Change.REMOVED, a[i++]));
    }
    while (j < b.length) {
      diff.add(new Line(Change.ADDED, b[j++]));
    }
    return diff;
  }

  private static String[] lines(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\n", -1);
  }
}
