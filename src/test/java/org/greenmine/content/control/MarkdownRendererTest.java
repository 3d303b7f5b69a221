package org.greenmine.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class MarkdownRendererTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  /** Payloads that try to get script, a dangerous scheme or an event handler through. */
  static final List<String> XSS_CORPUS =
      List.of(
          "<script>alert(1)</script>",
          "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
          "<img src=x onerror=alert(1)>",
          "<svg onload=alert(1)>",
          "<svg><script>alert(1)</script></svg>",
          "<iframe src=\"javascript:alert(1)\"></iframe>",
          "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
          "<a href=\"javascript:alert(1)\">x</a>",
          "[click](javascript:alert(1))",
          "[click](JaVaScRiPt:alert(1))",
          "[click](java&#115;cript:alert(1))",
          "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
          "[click](&#x6A;avascript:alert(1))",
          "[click](java%73cript:alert(1))",
          "[click](  javascript:alert(1))",
          "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
          "[click](vbscript:msgbox(1))",
          "[click](VBScript:msgbox(1))",
          "![x](javascript:alert(1))",
          "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
          "[ref][1]\n\n[1]: javascript:alert(1)",
          "[ref][evil]\n\n[evil]: data:text/html,<script>alert(1)</script>",
          "<javascript:alert(1)>",
          "<a href='jav\tascript:alert(1)'>tab</a>",
          "[x](jav\tascript:alert(1))",
          "<div style=\"background:url(javascript:alert(1))\">x</div>",
          "<p onclick=alert(1)>x</p>",
          "<body onload=alert(1)>",
          "<object data=\"javascript:alert(1)\"></object>",
          "<embed src=\"javascript:alert(1)\">",
          "<form action=\"javascript:alert(1)\"><button>x</button></form>",
          "<button formaction=\"javascript:alert(1)\">x</button>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "<<script>script>alert(1)<</script>/script>",
          "<img src=\"x\" onerror=\"alert(1)\"",
          "<a href=\"http://ok.example\" onmouseover=\"alert(1)\">x</a>",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
          "<link rel=stylesheet href=javascript:alert(1)>",
          "<base href=\"javascript:alert(1)//\">",
          "[x](https://ok.example \"title\\\" onmouseover=alert(1) x=\\\"\")",
          "``<script>``alert(1)",
          "<style>@import 'javascript:alert(1)';</style>",
          "[x](\\u006Aavascript:alert(1))",
          "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
          "[^1]\n\n[^1]: <script>alert(1)</script> [f](javascript:alert(1))");

  @ParameterizedTest
  @FieldSource("XSS_CORPUS")
  void noPayloadSurvives(String payload) {
    String html = renderer.toSafeHtml(payload);
    Element body = Jsoup.parseBodyFragment(html).body();
    for (Element element : body.getAllElements()) {
      if (element == body) {
        continue;
      }
      assertThat(element.tagName())
          .as(html)
          .isNotIn(
              "script", "iframe", "svg", "math", "object", "embed", "form", "button", "style",
              "meta", "link", "base", "img");
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        assertThat(name).as(html).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction");
        if (name.equals("href") || name.equals("src")) {
          assertThat(value).as(html).matches("(https?://|mailto:|#).*");
        }
      }
    }
    // escaped text such as &lt;script&gt; is harmless; a real tag is not
    assertThat(html.toLowerCase(Locale.ROOT)).as(html).doesNotContain("<script");
  }

  @Test
  void theCorpusIsLargeEnough() {
    assertThat(XSS_CORPUS).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void ordinaryMarkdownKeepsItsShape() {
    String html =
        renderer.toSafeHtml(
            "[TOC]\n\n## 1 范围\n\n本标准规定了*绿色矿山*的要求。\n\n| 指标 | 值 |\n|---|---|\n| 回采率 | ≥ 85 % |\n\n"
                + "见 https://www.mnr.gov.cn 与 [邮件](mailto:info@example.com)。脚注[^1]\n\n[^1]: 说明。\n\n~~旧~~");
    assertThat(html).contains("<h2 id=\"1-范围\"").contains("<table>").contains("<td>回采率</td>");
    assertThat(html)
        .contains("href=\"https://www.mnr.gov.cn\"")
        .contains("href=\"mailto:info@example.com\"");
    assertThat(html).contains("rel=\"nofollow noopener noreferrer\"");
    assertThat(html).contains("href=\"#fn-1\"").contains("<del>旧</del>").contains("<em>绿色矿山</em>");
    assertThat(html).contains("href=\"#1-范围\"");
  }

  @Test
  void rawHtmlIsShownAsTextNotObeyed() {
    String html = renderer.toSafeHtml("Use <b>bold</b> like this");
    assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt;");
  }
}
