package org.greenmine.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.greenmine.content.control.FrontMatterDocument;
import org.greenmine.platform.control.InvalidInput;
import org.junit.jupiter.api.Test;

class FrontMatterDocumentTest {
  @Test
  void fieldsListsAndBodyAreRead() {
    var doc =
        FrontMatterDocument.parse(
            "---\ncode: CMF\nname_zh: 中国矿业联合会\nminerals: coal; iron ;\nillustrative: true\nurl: https://x.example/a:b\n---\n\n# Body\ntext\n",
            "cmf.md");
    assertThat(doc.required("code")).isEqualTo("CMF");
    assertThat(doc.required("name_zh")).isEqualTo("中国矿业联合会");
    assertThat(doc.list("minerals")).containsExactly("coal", "iron");
    assertThat(doc.flag("illustrative")).isTrue();
    assertThat(doc.optional("url")).contains("https://x.example/a:b");
    assertThat(doc.body()).isEqualTo("# Body\ntext");
  }

  @Test
  void brokenFrontMatterIsRefusedWithItsReason() {
    assertThatThrownBy(() -> FrontMatterDocument.parse("# no front matter", "a.md"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("content.frontMatter.missing");
    assertThatThrownBy(() -> FrontMatterDocument.parse("---\ncode: A\n", "a.md"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("content.frontMatter.unclosed");
    assertThatThrownBy(() -> FrontMatterDocument.parse("---\njust words\n---\n", "a.md"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("content.frontMatter.badLine");
    assertThatThrownBy(() -> FrontMatterDocument.parse("---\na: 1\na: 2\n---\n", "a.md"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("content.frontMatter.duplicateKey");
    assertThatThrownBy(() -> FrontMatterDocument.parse("---\na: 1\n---\n", "a.md").required("b"))
        .extracting(e -> ((InvalidInput) e).messageKey())
        .isEqualTo("content.field.missing");
  }

  @Test
  void aBadValueIsReportedWithFileLineAndField() {
    var doc =
        FrontMatterDocument.parse("---\ncode: A\nlevel: GALACTIC\n---\n", "associations/a.md");
    assertThatThrownBy(() -> doc.choice("level", java.time.DayOfWeek.class))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("content.field.invalid");
              assertThat(e.arguments())
                  .containsExactly("associations/a.md", 3, "level", "GALACTIC");
            });
  }

  @Test
  void everySeedFileInTheRepositoryParses() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("content"))) {
      files =
          walk.filter(p -> p.toString().endsWith(".md"))
              .filter(p -> !p.getFileName().toString().equals("README.md"))
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(30);
    for (Path file : files) {
      var doc = FrontMatterDocument.parse(Files.readString(file), file.toString());
      assertThat(doc.body()).as(file.toString()).isNotBlank();
    }
  }
}
