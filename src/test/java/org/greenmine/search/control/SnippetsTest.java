package org.greenmine.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void indexedMarkupComesOutAsTextAndMatchesAsMarks() {
    String fragment =
        "<script>alert(1)</script> "
            + Snippets.MATCH_START
            + "尾矿"
            + Snippets.MATCH_END
            + " & \"x\"";
    assertThat(Snippets.toHtml(fragment))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>尾矿</mark> &amp; &quot;x&quot;");
  }

  @Test
  void nothingBecomesEmpty() {
    assertThat(Snippets.toHtml(null)).isEmpty();
  }
}
