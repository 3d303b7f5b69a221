package org.greenmine.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenmine.content.control.LineDiff.Change;
import org.greenmine.content.control.LineDiff.Line;
import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void keptRemovedAndAddedLinesInOrder() {
    List<Line> diff = LineDiff.between("## 1 范围\n旧条款\n结尾", "## 1 范围\n新条款\n补充\n结尾");
    assertThat(diff)
        .containsExactly(
            new Line(Change.KEPT, "## 1 范围"),
            new Line(Change.REMOVED, "旧条款"),
            new Line(Change.ADDED, "新条款"),
            new Line(Change.ADDED, "补充"),
            new Line(Change.KEPT, "结尾"));
  }

  @Test
  void fromAndToNothing() {
    assertThat(LineDiff.between("", "a\nb"))
        .extracting(Line::change)
        .containsExactly(Change.ADDED, Change.ADDED);
    assertThat(LineDiff.between("a", null)).containsExactly(new Line(Change.REMOVED, "a"));
    assertThat(LineDiff.between("same", "same")).containsExactly(new Line(Change.KEPT, "same"));
  }
}
